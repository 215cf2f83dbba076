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

    bool has_defects() const { return !defects.empty(); }
};

struct ExploreOptions {
    int max_steps = 400;  // longer paths mean a loop with no way out
};

Exploration explore(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host, const ExploreOptions& options = {});

// An encounter explored alone cannot reach the beats that need earlier outcomes or
// campaign flags. When `campaign` plays the same encounter file, the beats it reaches
// there move from `unreachable` (and the defects) to `campaign_only`.
void credit_campaign(Exploration& alone, const Story& encounter, std::shared_ptr<const Story> campaign,
                     std::shared_ptr<ScriptHost> campaign_host);
std::vector<StrategyResult> single_mode_strategies(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host);

}  // namespace fd
