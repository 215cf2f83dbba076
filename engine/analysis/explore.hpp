// Walks every path through an encounter or a campaign. Paths that reach the
// same state at the same step are merged (their counts add up), so the work
// grows with the number of distinct states, not the number of paths.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "state.hpp"
#include "script_host.hpp"
#include "story.hpp"

namespace fd {

struct Spread {
    double min = 0, max = 0, sum = 0, weight = 0;
    void add(double value, double paths);
    double mean() const { return weight > 0 ? sum / weight : 0; }
};

struct EndingCount {
    std::string stage, ending, outcome;
    double paths = 0;
    Spread trust;
    std::vector<Mode> shortest;  // the fewest steps that reach it: the answers, in order
};

struct PathSummary {
    std::vector<Mode> choices;
    double score = 0;  // final trust (a campaign: the sum over its encounters)
    std::string ending;
};

struct StrategyResult {
    Mode mode = Mode::Avoid;
    std::vector<StageResult> results;  // one per encounter played
    std::string error;                 // a script error on the way, if any
};

struct Exploration {
    double paths = 0;                 // complete paths
    long long decision_steps = 0;     // answers tried (after merging)
    long long states = 0;             // distinct states visited
    std::vector<EndingCount> endings;
    std::vector<std::pair<std::string, std::string>> unreachable;  // stage, beat
    std::vector<std::pair<std::string, std::string>> campaign_only;  // reached only when the campaign plays it
    std::vector<StrategyResult> strategies;
    std::optional<PathSummary> best, worst;
    Spread trust, money;
    Diagnostics defects;  // unreachable beats, dead ends, script errors
    // Per defect (same order): the answers that reach it, when a path does (not for an unreachable beat).
    std::vector<std::optional<std::vector<Mode>>> defect_paths;
    // How many different ways through the story take each step: "stage/beat/mode" for
    // an answer, "stage/beat" for moving on from a narration (one encounter explored
    // alone; a campaign reuses an encounter's walk for every way into it, so none there).
    std::map<std::string, double> step_paths;
    Flags story;             // the campaign flags set before play (ExploreOptions::story)
    bool truncated = false;  // stopped at ExploreOptions::max_states: counts are partial, nothing is "never reached"

    bool has_defects() const { return !defects.empty(); }
};

struct ExploreOptions {
    int max_steps = 400;     // longer paths mean a loop with no way out
    long long max_states = 0;  // stop after this many distinct states (0: no limit); lint's small budget
    Flags story;             // campaign flags set before play (an encounter explored alone)
    bool strategies = true;  // also play each always-the-same-mode strategy
};

// The command that replays `choices`: "frontdoor run FILE --choose a,b [--story x,y=2]".
std::string run_command(const std::string& file, const std::vector<Mode>& choices, const Flags& story = {});

Exploration explore(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host, const ExploreOptions& options = {});

// An encounter explored alone cannot reach the beats that need earlier outcomes or
// campaign flags. When `campaign` plays the same encounter file, the beats it reaches
// there move from `unreachable` (and the defects) to `campaign_only`.
void credit_campaign(Exploration& alone, const Story& encounter, std::shared_ptr<const Story> campaign,
                     std::shared_ptr<ScriptHost> campaign_host);
std::vector<StrategyResult> single_mode_strategies(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host);

}  // namespace fd
