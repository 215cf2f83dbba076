// How long an encounter takes in a workshop: its decisions on the designer's
// best path (played with the best answer each time), times the minutes the
// facilitator allows per decision (vote, reveal, discussion).
#pragma once
#include <memory>
#include <string>

#include "script_host.hpp"
#include "story.hpp"

namespace fdg {

// 0 when the story cannot be played through (a script error; the chooser says so elsewhere).
int decisions_on_best_path(const std::shared_ptr<const fd::Story>& story, const std::shared_ptr<fd::ScriptHost>& host);
// "4 decisions, about 12 min"
std::string estimate_text(int decisions, int minutes_per_decision);

}  // namespace fdg
