// The debrief's situation attributes in the player's language: the game's own
// words for fd::situation_text and fd::moment_pointers (engine/analysis/debrief.hpp),
// which stay English for the command line and the reports.
#pragma once
#include <map>
#include <string>

#include "debrief.hpp"
#include "story.hpp"

namespace fdg {

// "Stress: high · Time available: low", in kSituationKeys order, translated.
std::string situation_line(const std::map<std::string, std::string>& situation);
// What pointed to the best mode at a debrief item's decision, translated and joined
// with " · " ("" when the decision is untagged or has left the story).
std::string pointers_line(const fd::Story& story, const fd::DebriefItem& d);

}  // namespace fdg
