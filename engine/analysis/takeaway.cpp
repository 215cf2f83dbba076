// make_takeaway: counts, per mode, where it was chosen and where it fitted,
// then names the most over-used and under-used modes and picks the moments.
#include "takeaway.hpp"

#include <algorithm>

namespace fd {

namespace {

constexpr std::size_t kMaxMoments = 3;

bool fitted_best(const DebriefItem& d, Mode m) {
    if (d.answers.empty()) return d.best == m;  // the beat is gone (a reload): only the best is known
    return std::any_of(d.answers.begin(), d.answers.end(), [&](const DebriefAnswer& a) { return a.mode == m && a.best; });
}

std::optional<Mode> most(const std::array<int, 5>& score, std::optional<Mode> except) {
    std::optional<Mode> pick;
    int top = 0;
    for (Mode m : kAllModes) {
        int n = score[static_cast<std::size_t>(mode_index(m))];
        if (n > top && m != except) {
            pick = m;
            top = n;
        }
    }
    return pick;
}

}  // namespace

Takeaway make_takeaway(const std::vector<DebriefItem>& items) {
    Takeaway t;
    std::array<int, 5> misused{}, missed{};
    for (const auto& d : items) {
        ++t.decisions;
        if (d.chose_best()) ++t.best_choices;
        for (Mode m : kAllModes) {
            auto i = static_cast<std::size_t>(mode_index(m));
            bool fits = fitted_best(d, m);
            t.uses[i].fitted += fits;
            if (d.chosen == m) {
                ++t.uses[i].chosen;
                t.uses[i].chosen_fitted += fits;
            }
            if (fits && !d.chose_best()) ++missed[i];
        }
    }
    for (Mode m : kAllModes) misused[static_cast<std::size_t>(mode_index(m))] = t.use(m).misused();
    t.over_used = most(misused, std::nullopt);
    t.under_used = most(missed, t.over_used);
    if (t.under_used) t.under_missed = missed[static_cast<std::size_t>(mode_index(*t.under_used))];

    // The moments, by how well each shows the pattern.
    auto shows = [&](const DebriefItem& d) {
        if (d.chose_best()) return 0;
        bool over = t.over_used && d.chosen == *t.over_used;
        bool under = t.under_used && fitted_best(d, *t.under_used);
        return over && under ? 3 : over ? 2 : under ? 1 : 0;
    };
    std::vector<std::size_t> picked;
    for (int level = 3; level >= 1 && picked.size() < kMaxMoments; --level)
        for (std::size_t i = 0; i < items.size() && picked.size() < kMaxMoments; ++i)
            if (shows(items[i]) == level) picked.push_back(i);
    std::sort(picked.begin(), picked.end());
    for (std::size_t i : picked) t.moments.push_back(items[i]);
    return t;
}

}  // namespace fd
