// Plays a session to its end without a person: narration and endings are passed,
// decisions are answered by `pick`. Used by tests, explore and designers' plans.
#pragma once
#include <functional>
#include <optional>

#include "session.hpp"

namespace fd {

// `pick` returns nothing to stop early (e.g. a list of answers ran out).
// Returns true when the story finished.
bool autoplay(Session& s, const std::function<std::optional<Mode>(const Session&)>& pick);

}  // namespace fd
