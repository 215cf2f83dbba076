#include "profile.hpp"

namespace fd {

Profile compute_profile(const std::vector<Event>& log) {
    Profile p;
    double a = 0, c = 0;
    for (const auto& ev : log) {
        if (ev.kind != EventKind::Decision || !ev.mode) continue;
        ++p.decisions;
        ++p.counts[static_cast<std::size_t>(mode_index(*ev.mode))];
        if (ev.fit >= ev.best_fit) ++p.best_fit_choices;
        PlanePoint pos = mode_position(*ev.mode);
        a += pos.assertiveness;
        c += pos.cooperativeness;
    }
    if (p.decisions) p.mean = {a / p.decisions, c / p.decisions};
    return p;
}

}  // namespace fd
