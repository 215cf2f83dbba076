// The debrief: each decision the player made, what the designer thought of it,
// and which answer fitted best. Built from the event log only.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "story.hpp"
#include "state.hpp"

namespace fd {

struct DebriefItem {
    std::string stage, encounter_title, beat;
    std::string customer_said;
    Mode chosen = Mode::Avoid;
    std::string chosen_says, chosen_why;
    int fit = 0;
    Mode best = Mode::Avoid;
    std::string best_why;
    int best_fit = 0;
    std::map<std::string, std::string> situation;
    Snapshot before, after;
    bool chose_best() const { return fit >= best_fit; }
};

// Kilmann's situation attributes in words, the same in every front end:
// "importance_customer" -> "Importance to the customer".
std::string situation_label(const std::string& key);
// "Stress: high · Time available: low", in the order of kSituationKeys.
std::string situation_text(const std::map<std::string, std::string>& situation);

// Items for every decision in the log; `stage` limits to one encounter ("" for all).
std::vector<DebriefItem> build_debrief(const Story& story, const std::vector<Event>& log,
                                       const std::string& stage = "");

}  // namespace fd
