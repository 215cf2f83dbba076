// One function per screen. Each draws from the game's state (read only) for
// the current window size and turns clicks and keys into intents (ui.ask),
// which the app loop applies to the game.
#pragma once
#include "game.hpp"
#include "widgets.hpp"

namespace fdg {

void screen_title(const Game& g, Ui& ui);
void screen_chooser(const Game& g, Ui& ui);
void screen_plan(const Game& g, Ui& ui);          // facilitator: the session plan (which encounters, in what order)
void screen_settings(const Game& g, Ui& ui);
void screen_records(const Game& g, Ui& ui);       // learner records: the report, waiting statements, delete
void records_title_fields(const Game& g, Ui& ui, float w);  // email / employee id, "N statements waiting"
void screen_encounter(const Game& g, Ui& ui);     // narration, decision and consequence, for one player
void screen_debrief(const Game& g, Ui& ui);       // an encounter's ending and debrief, for one player
void screen_summary(const Game& g, Ui& ui);       // the end of the campaign (both modes)
void screen_facilitator(const Game& g, Ui& ui);   // narration, vote, reveal, outcome pages on a projector
void screen_intro(const Game& g, Ui& ui);         // the introduction before the first encounter
void screen_portraits(const Game& g, Ui& ui);
// Text size, reduced motion, high contrast, font, self-voicing: rows at `x`, `w` wide
// (the Settings screen and the Esc menu's page); `keys`: their shortcuts work.
void accessibility_settings(const Game& g, Ui& ui, float x, float w, bool keys);     // --portraits: every customer in each mood
std::vector<fd::Customer> story_customers(const Game& g);  // each once, in the story's order
// The introduction's content alone (premise, the two axes, the five modes), at
// the cursor in `width` x `height`; 1-5 pick a mode. For any screen that shows it.
void intro_page(const Game& g, Ui& ui, float width, float height);
// The campaign's takeaway for one player: over- and under-used modes, and moments.
void takeaway_section(const Game& g, Ui& ui, float width);

// Overlays, drawn on top of any screen.
void draw_menu(const Game& g, Ui& ui);            // Esc
void draw_confirm_start(const Game& g, Ui& ui);   // replacing an unfinished save
void draw_error(const Game& g, Ui& ui);           // a script error, with "Back to the title screen"
void draw_notices(const Game& g, Ui& ui);         // toasts
void draw_records_waiting(const Game& g, Ui& ui); // "N statements waiting" in a corner while playing
void draw_reload_errors(const Game& g, Ui& ui);   // the edited script has errors; the old one runs on
void draw_inspector(const Game& g, Ui& ui);       // F12, for designers
void draw_font_notice(const Game& g, Ui& ui);     // DejaVu Sans missing

// Keys that work on every screen (F11, F12, Esc, B, the facilitator's clicker).
void handle_global_keys(const Game& g, Ui& ui);

// Helpers the encounter screens share.
std::string speaker_line(const std::string& customer_name, const std::string& says);
std::string first_name(const std::string& name);
float mood_position(const std::string& mood);  // 0 furious .. 7 delighted, for the portrait

}  // namespace fdg

namespace fdg {

// The customer's card: portrait, who they are, mood, trust and the wall (meters
// hidden when `meters` is false), and the business panel.
struct Shown {
    float trust = 0, wall = 0, money = 0, reputation = 0;
    float mood = 4;            // portrait position, 0..7
    std::string mood_name;
};
Shown shown_now(const Game& g);  // animated during a consequence
void customer_card(const Game& g, Ui& ui, float width, float height, const Shown& s, bool meters);
// The desk screens' layout under the encounter bar: the customer card on the left
// (drawn here), and where the right column goes.
struct DeskColumns {
    float top = 0, body_h = 0, left_w = 0, right_w = 0, pad = 0;
};
DeskColumns desk_columns(const Game& g, Ui& ui);
// Title and place across the top, with the encounter number.
ImVec4 encounter_bar(const Game& g, Ui& ui);  // returns the bar's empty stretch (screen pixels)
float ease(float t);  // 0..1, slowing at the end
// "The wall (40) let through +3 of the +5 trust your answer offered.", from the
// decision's event; "" when the wall took nothing.
std::string wall_note(const Game& g, const Consequence& c);
// "Campaign so far: +£585 · reputation +2" for what is on screen now; "" before
// the first encounter is over.
std::string campaign_so_far(const Game& g, const Shown& s);
// Coloured chips for what changed: Trust +5, Wall −25, Mood upset → wary, Money −£15, Reputation +1.
void delta_chips(Ui& ui, const fd::Snapshot& before, const fd::Snapshot& after, float width);
float delta_chips_height(Ui& ui, const fd::Snapshot& before, const fd::Snapshot& after, float width);  // as drawn
// The conversation so far in this encounter (events before `end` in the log).
// It starts on a line boundary and follows the newest line.
void conversation(const Game& g, Ui& ui, std::size_t end, float width, float height);
float conversation_height(const Game& g, Ui& ui, std::size_t end, float width);  // all of it
// The answer just given as a turn of the conversation, `width` wide at the cursor:
// what the customer said, the player's answer, and how the customer took it.
void exchange(const Game& g, Ui& ui, const Consequence& c, float width);
float exchange_height(const Game& g, Ui& ui, const Consequence& c, float width);
void facilitator_keys(const Game& g, Ui& ui);  // the clicker and the vote board (facilitator.cpp)
// Facilitator screens (screen_facilitator.cpp, screen_reveal_fit.cpp, screen_presenter.cpp).
std::string tally_text(const Game& g);            // what "next" will do with the hands, with the keys
std::string split_text(const std::array<int, 5>& counts);  // "The room split: ..." or the majority's share
std::string timer_text(const Game& g);            // "1:45", "-0:10" over time, "" when not started
void reveal_fit(const Game& g, Ui& ui);           // the reveal's second page: every answer's fit and why
void screen_presenter(const Game& g, Ui& ui);     // the facilitator's notes (laptop window, or P)
// The room's hands per mode as horizontal bars, the played one marked.
void vote_bars(Ui& ui, const std::array<int, 5>& counts, fd::Mode played, bool has_played, float width);
float vote_bars_height(Ui& ui, const std::array<int, 5>& counts);  // as drawn, with the spacing after

}  // namespace fdg
