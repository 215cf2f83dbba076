// Plain-text rendering of play for the terminal: the same for the same log and language.
#pragma once
#include <ostream>

#include "debrief.hpp"
#include "money.hpp"
#include "profile.hpp"
#include "session.hpp"

namespace fd::cli {

// A mode as the terminal names it: the script's id ("collaborate") in English, the window's label in another language.
std::string mode_word(Mode m);

void print_stage_intro(std::ostream& out, const Session& s);
void print_beat(std::ostream& out, const Session& s, bool show_modes);
void print_choice(std::ostream& out, const Session& s, const Beat& decision, Mode m);
void print_change(std::ostream& out, const Snapshot& before, const Snapshot& after, const MoneyStyle& money);
void print_ending(std::ostream& out, const Session& s);
void print_debrief(std::ostream& out, const std::vector<DebriefItem>& items);
void print_profile(std::ostream& out, const Profile& p);
void print_campaign_summary(std::ostream& out, const Session& s);

}  // namespace fd::cli
