#include "autoplay.hpp"

namespace fd {

bool autoplay(Session& s, const std::function<std::optional<Mode>(const Session&)>& pick) {
    while (!s.finished()) {
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
