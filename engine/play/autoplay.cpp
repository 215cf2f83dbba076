#include "autoplay.hpp"

#include "script_error.hpp"

namespace fd {

void MoveLimit::count(const Session& s) {
    if (++moves_ <= kMaxMoves) return;
    const Beat& b = s.beat();
    throw ScriptError(s.encounter().file, b.spot.field("id"),
                      "the story never ends: " + std::to_string(kMaxMoves) +
                          " moves without reaching the end (a loop through '" + b.id + "'?)");
}

bool autoplay(Session& s, const std::function<std::optional<Mode>(const Session&)>& pick) {
    MoveLimit limit;
    while (!s.finished()) {
        limit.count(s);
        if (s.at_decision()) {
            std::optional<Mode> m = pick(s);
            if (!m) return false;
            s.choose(*m);
        } else {
            s.proceed();
        }
    }
    return true;
}

}  // namespace fd
