// Plays a session to its end without a person: narration and endings are passed,
// decisions are answered by `pick`. Used by tests, explore and designers' plans.
#pragma once
#include <functional>
#include <optional>

#include "session.hpp"

namespace fd {

// Far more moves than any story takes: past it, a loop through routes and
// narration that never reaches a decision is reported instead of run forever.
class MoveLimit {
public:
    static constexpr long kMaxMoves = 10'000;
    // Counts a move about to be made; throws ScriptError at the current beat past the limit.
    void count(const Session& s);

private:
    long moves_ = 0;
};

// `pick` returns nothing to stop early (e.g. a list of answers ran out).
// Returns true when the story finished.
bool autoplay(Session& s, const std::function<std::optional<Mode>(const Session&)>& pick);

}  // namespace fd
