// Plays the single-mode strategies and the theme guesser through a story and counts
// their best-fit answers.
#include "strategy_shares.hpp"

#include "autoplay.hpp"
#include "fit_predictor.hpp"
#include "script_error.hpp"

namespace fd {
namespace {

// The best modes of the decisions already answered in the current encounter.
std::vector<std::vector<Mode>> earlier_in_stage(const Session& s) {
    std::vector<std::vector<Mode>> out;
    const Stage* st = s.story().stage(s.state().stage);
    if (!st || !st->encounter) return out;
    for (const auto& ev : s.state().log) {
        if (ev.kind != EventKind::Decision || ev.stage != s.state().stage) continue;
        if (const Beat* b = st->encounter->beat(ev.beat)) out.push_back(best_modes(*b));
    }
    return out;
}

StrategyShare play(const std::string& name, std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host,
                   const std::function<Mode(const Session&)>& pick) {
    StrategyShare r;
    r.name = name;
    try {
        Session s(std::move(story), std::move(host), 1);
        autoplay(s, [&](const Session& now) { return std::optional<Mode>(pick(now)); });
        for (const auto& ev : s.state().log) {
            if (ev.kind != EventKind::Decision) continue;
            ++r.decisions;
            if (ev.fit >= ev.best_fit) ++r.best;
        }
    } catch (const ScriptError& e) {
        r.error = e.what();
    }
    return r;
}

}  // namespace

Mode theme_guess(const std::vector<std::vector<Mode>>& earlier_best) {
    if (earlier_best.empty()) return Mode::Collaborate;
    std::array<int, 5> count{};
    for (const auto& best : earlier_best)
        for (Mode m : best) ++count[static_cast<std::size_t>(mode_index(m))];
    Mode pick = Mode::Collaborate;
    int most = -1;
    for (Mode m : kAllModes)
        if (count[static_cast<std::size_t>(mode_index(m))] > most) {
            most = count[static_cast<std::size_t>(mode_index(m))];
            pick = m;
        }
    return pick;
}

std::vector<StrategyShare> strategy_shares(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host) {
    std::vector<StrategyShare> out;
    for (Mode m : kAllModes) out.push_back(play(mode_name(m), story, host, [m](const Session&) { return m; }));
    out.push_back(play("theme guesser", story, host, [](const Session& s) { return theme_guess(earlier_in_stage(s)); }));
    return out;
}

}  // namespace fd
