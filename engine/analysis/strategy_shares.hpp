// How often simple strategies pick a best-fit answer: each always-the-same-mode
// strategy and the "theme guesser", which at each decision picks the mode that was
// best most often in the earlier decisions of the same encounter. A campaign that
// teaches rather than rewards spotting a theme keeps all of these low.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "script_host.hpp"
#include "story.hpp"

namespace fd {

struct StrategyShare {
    std::string name;  // "avoid" ... "compete", or "theme guesser"
    int decisions = 0;
    int best = 0;      // answers with the highest fit offered there
    std::string error; // a script error on the way, if any
    double share() const { return decisions ? static_cast<double>(best) / decisions : 0; }
};

// The limits the shipped campaign keeps (issue 14): the theme guesser at most 60%
// best-fit answers, every always-the-same-mode strategy at most 40%.
constexpr double kThemeGuesserLimit = 0.60;
constexpr double kSingleModeLimit = 0.40;

// The theme guesser's pick, given the best modes of the earlier decisions in this
// encounter (ties count for each; collaborate when there are none; ties between
// counts go to the first in kAllModes order: avoid, accommodate, compromise,
// collaborate, compete).
Mode theme_guess(const std::vector<std::vector<Mode>>& earlier_best);

// The five single-mode strategies then the theme guesser, each played once (seed 1).
std::vector<StrategyShare> strategy_shares(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host);

}  // namespace fd
