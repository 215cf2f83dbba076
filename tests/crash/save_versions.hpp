// The two saves the crash test's writer alternates between. Both are built here, not
// loaded from scripts, so the writer starts fast; both are large (a long log) so that a
// write takes long enough for kills to land inside it.
#pragma once
#include <string>

#include "save.hpp"

namespace fdcrash {

inline fd::SaveGame version(int which) {
    fd::SaveGame g;
    g.script = "scripts/campaign.lua";
    g.player = which == 0 ? "Old" : "New";
    g.seed = static_cast<std::uint64_t>(which + 1);
    fd::SessionState& s = g.state;
    s.stage = which == 0 ? "wrong_size" : "clinic_wait";
    s.beat = which == 0 ? "first_ask" : "arrive";
    s.customer = {which == 0 ? 45 : 72, which == 0 ? 40 : 10, which == 0 ? "upset" : "calm"};
    s.business = {which == 0 ? -25 : 600, which};
    s.flags["version"] = static_cast<double>(which);
    s.story["marisol_fan"] = which == 1;
    s.outcomes["wrong_size"] = which == 0 ? "lost" : "won_back";
    s.totals = {which == 0 ? 100 : 2000, which == 0 ? -1 : 3};
    s.rng = 12345u + static_cast<std::uint64_t>(which);
    for (int i = 0; i < 300 + 100 * which; ++i) {
        fd::Event e;
        e.kind = fd::EventKind::Decision;
        e.stage = "wrong_size";
        e.beat = "beat_" + std::to_string(i) + (which == 0 ? "_old" : "_new");
        e.mode = fd::kAllModes[static_cast<std::size_t>(i % 5)];
        e.fit = 1 + i % 5;
        e.best_fit = 5;
        e.before = {{i % 101, (i * 7) % 101, "wary"}, {i, 0}, {}, {}};
        e.after = {{(i + 3) % 101, (i * 7 + 1) % 101, "calm"}, {i + which, 1}, {}, {}};
        s.log.push_back(e);
    }
    return g;
}

// The saves as text, to compare what is on disk with.
inline std::string text_of(const fd::SaveGame& g) { return fd::save_to_json(g).dump(); }

}  // namespace fdcrash
