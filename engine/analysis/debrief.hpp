// The debrief: each decision the player made, what the designer thought of it,
// every answer that was on offer with its fit and why, and which fitted best.
// Built from the event log only.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "story.hpp"
#include "state.hpp"

namespace fd {

// One answer that was on offer at a decision, as the debrief shows it.
struct DebriefAnswer {
    Mode mode = Mode::Avoid;
    std::string says, why;
    int fit = 0;
    bool chosen = false;  // the answer on record (the player's first attempt)
    bool best = false;    // has the highest fit offered (several can)
};

struct DebriefItem {
    std::size_t log_index = 0;  // the decision's event in the session log
    std::string stage, encounter_title, beat;
    std::string customer_said;
    Mode chosen = Mode::Avoid;
    std::string chosen_says, chosen_why;
    int fit = 0;
    Mode best = Mode::Avoid;
    std::string best_why;
    int best_fit = 0;
    std::map<std::string, std::string> situation;
    // Every answer on offer, in the five modes' order (kAllModes).
    std::vector<DebriefAnswer> answers;
    // What about the moment pointed to the best mode, as (key, value) ids, strongest
    // first; empty when the decision is not tagged with what decides the mode (see
    // moment_pointers). Worded by fd::situation_list (engine/i18n/situation_words.hpp).
    std::vector<std::pair<std::string, std::string>> pointers;
    Snapshot before, after;
    bool chose_best() const { return fit >= best_fit; }
};

// HOOK (issue 14, item 4): which features of the moment point to the best
// mode, for the debrief ("It was the customer's fault", "A line had to hold").
// Today it has only the situation attributes the decision is tagged with; the
// analysis that says which of them predict the best mode replaces its body.
// The features of `decision` that point to its best mode `best` (fit_predictor's
// features_pointing_to), as (key, value): {"fault", "ours"}. Empty when untagged.
std::vector<std::pair<std::string, std::string>> moment_pointers(const Story& story, const Beat& decision, Mode best);

// Items for every decision in the log; `stage` limits to one encounter ("" for all).
std::vector<DebriefItem> build_debrief(const Story& story, const std::vector<Event>& log,
                                       const std::string& stage = "");

}  // namespace fd
