// The game layer: which screen is up, the session being played, saves, the
// room's votes and the messages to show. Screens read this through const
// access and return intents; every rule stays in the engine.
#pragma once
#include <array>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "hot_reload.hpp"
#include "intent.hpp"
#include "discussion_timer.hpp"
#include "options.hpp"
#include "records_link.hpp"
#include "room_votes.hpp"
#include "practice.hpp"
#include "save_slot.hpp"
#include "session.hpp"
#include "content_text.hpp"
#include "story.hpp"

namespace fdg {

enum class View { Title, Chooser, Settings, Play, Consequence, Records,
                  Intro };  // the introduction: the premise, the two axes, the five modes

struct Settings {
    bool show_modes = true;  // label each answer with its mode
    float text_scale = 1.0f;
    // Workshops (facilitator mode): labels would steer the room's vote, so they are off
    // unless turned on; the reveal teaches (every answer's fit and why) unless turned off.
    bool workshop_modes = false;
    bool teach_reveal = true;
    int timer_seconds = 120;        // the discussion timer starts from this
    int minutes_per_decision = 3;   // a session plan's estimate: decisions x this
    bool intro_seen = false;  // the introduction was shown (or skipped) once: not again before a new game
    bool reduced_motion = false;  // no animated meters: the new values at once
    bool dyslexic_font = false;   // OpenDyslexic for the text
    bool high_contrast = false;   // black and white palette
    bool self_voicing = false;    // say each focused item aloud (V reads the whole screen)
    // The learner's identity as typed on the title screen, pre-filled at the next start
    // (a player's own, never a workshop's group name): the records' player and xAPI actor.
    std::string player_name, player_contact;
    std::string language;         // "" = the system locale's; "en", "es" (game_language.hpp)
};

// What the last choice did, copied out of the story so a hot reload cannot
// leave the screen pointing at freed text.
struct Consequence {
    fd::Mode mode = fd::Mode::Avoid;
    std::string says, reaction, customer_said;
    fd::Snapshot before, after;
    std::size_t log_index = 0;  // the decision's event in the session log (what the wall let through, too)
    double started = 0;  // for the meters' animation
};

// The consequence of answering `m` at the session's decision: the words, copied
// before the move; then the before/after of its event, once the engine has moved.
Consequence consequence_of(const fd::Session& s, fd::Mode m, double now);
void fill_snapshots(Consequence& c, const fd::Session& s, std::size_t log_index);

// The room's hands for one decision (facilitator mode): engine/report/room_votes.hpp.
using RoomVote = fd::RoomVoteRecord;

struct VoteBoard {
    std::array<int, 5> counts{};  // by fd::mode_index
    int selected = 0;             // row on screen
    bool tie = false;             // the last attempt to play found a tie
    // The phones' votes (the room server, game/room_link.hpp): hidden until the reveal.
    std::array<int, 5> phones{};  // by fd::mode_index
    int phones_voted = 0, phone_devices = 0;
    bool room_open = false;
    std::array<int, 5> total() const {  // hands and phones together: what the majority is taken from
        std::array<int, 5> t = counts;
        for (std::size_t i = 0; i < t.size(); ++i) t[i] += phones[i];
        return t;
    }
};

struct SaveInfo {
    std::optional<fd::SaveGame> game;
    std::string other_where;  // the other mode's slot (a workshop's, or a player's own game), if it holds one
    std::string problem;     // a damaged save, in words
    bool from_backup = false;
    std::string where;       // "Ana · The Wrong Size"
    bool finished = false;
};

struct Notice {
    std::string text;
    double until = 0;
    bool good = true;
};

struct ErrorBox {
    bool open = false;
    std::string title, message;
};

struct ChooserEntry {
    std::string path, title, detail;
    bool ok = true;
};

// One encounter of a workshop's session plan (the chooser in facilitator mode).
struct PlanEntry {
    std::string stage, title, detail;  // the campaign's stage id; "The Wrong Size"; "Ana · a shop"
    int decisions = 0;                 // on the designer's best path: the time estimate
    bool picked = true;
};

// One step the facilitator can go back to (PageUp): the screen and the
// session as they were.
struct HistoryStep {
    View view = View::Play;
    int page = 0;
    fd::SessionState state;
    VoteBoard board;
    std::optional<Consequence> consequence;
    std::size_t votes = 0;
};

// The game's state, grouped by concern. Screens read it through Game's const
// accessors; only Game's actions change it.
struct PlayState {  // the session being played and what is on screen
    std::unique_ptr<fd::Session> session;
    std::string story_path;   // of the session
    std::string player;       // the name the game was started with
    View view = View::Title;
    int page = 0;             // pages of an ending / the summary
    int summary_pages = 1;    // how many the summary screen found room for (Intent::ShowPages)
    std::optional<Consequence> consequence;
    View after_intro = View::Play;  // where the introduction goes when it is done
    int intro_mode = -1;            // the mode picked on the introduction (mode_index), -1 none
    bool designer_story = false;    // the session plays a script from outside the shipped campaign
    std::vector<std::string> plan;  // a workshop's session plan: the stages played, in order; empty: the whole story
};

// One player's practice at the debrief (fd::practise): which decision is being
// tried again, and every try since the encounter ended. None of it is on record.
struct PracticeState {
    std::optional<std::size_t> decision;  // log index of the decision being practised
    std::vector<fd::PracticeTry> tries;   // newest last; cleared when the story moves on
};

struct Workshop {  // facilitator mode: the room's votes and the clicker's history
    bool on = false;
    VoteBoard board;
    std::vector<RoomVote> votes;
    std::vector<HistoryStep> history;
    DiscussionTimer timer;
    bool room_linked = false;  // the room's line holds the top right corner (game/room_link.hpp)
};

struct Library {  // what the title screen offers
    std::shared_ptr<const fd::Story> main_story;  // the one given on the command line
    std::shared_ptr<fd::ScriptHost> main_host;    // and its scripts
    fd::Diagnostics main_errors;
    std::string player_name;  // the title screen's field
    std::string player_contact;  // and the optional email or employee id, for the records
    SaveInfo save_info;
    std::vector<ChooserEntry> chooser;
    // A workshop's session plan, being made: the campaign's stages in play order (picked or not).
    std::vector<PlanEntry> plan;
    int plan_row = 0;          // the row the keyboard is on (plan.size(): the start button)
    bool plan_shown = false;   // the chooser shows the plan (facilitator), else the list of scripts
};

struct Overlays {  // drawn on top of any screen
    bool menu_open = false;
    bool menu_settings = false;  // the menu shows its accessibility page
    bool blank = false;
    bool inspector_open = false;
    bool presenter = false;  // facilitator with one display: the presenter's notes in place of the room view (P)
    ErrorBox error;
    std::vector<Notice> notices;
    std::string pending_start;  // a story waiting for "replace your save?" confirmation
    std::vector<std::string> pending_plan;  // and the session plan it is to be played with, if any
};

struct WindowRequests {  // what the window should do; the app loop carries it out
    bool quit = false;
    bool want_fullscreen = false;
    bool fullscreen = false;  // as the window is
    bool show_room = false;   // the menu asked for the room's join screen (game/room_link.hpp)
};

class Game {
public:
    explicit Game(Options opts);

    // --- what the screens read ---
    const Options& options() const { return opts_; }
    const Settings& settings() const { return settings_; }
    const PlayState& play() const { return play_; }
    const Workshop& workshop() const { return workshop_; }
    const Library& library() const { return library_; }
    const Overlays& overlays() const { return overlays_; }
    const WindowRequests& window() const { return window_; }
    const HotReload& reload() const { return reload_; }
    const RecordsLink& records() const { return *records_; }
    const PracticeState& practice() const { return practice_; }
    double now() const { return now_; }
    // Shortcuts for what nearly every screen reads.
    const fd::Session* session() const { return play_.session.get(); }
    View view() const { return play_.view; }
    int page() const { return play_.page; }
    bool facilitator() const { return workshop_.on; }
    const VoteBoard& board() const { return workshop_.board; }
    const std::optional<Consequence>& consequence() const { return play_.consequence; }
    int page_count() const;  // of the ending or the summary on screen

    // --- the app loop ---
    void apply(const Intent& intent);  // what a screen asked for
    void set_now(double seconds) { now_ = seconds; }  // seconds; virtual in screenshot mode
    void expire_notices();
    void window_is_fullscreen(bool on) { window_.fullscreen = window_.want_fullscreen = on; }
    void screen_failed(const std::string& what);  // a screen could not be drawn: say so, back to the title

    // --- actions ---
    void new_game();                        // the main story, with the typed name
    void start(const std::string& path);    // asks first if an unfinished save would be lost
    void confirm_start();
    void continue_game();
    void choose(fd::Mode m);
    void proceed();
    void dismiss_consequence();             // one player: from the consequence to the next beat
    void back();                            // facilitator: one step back
    void advance();                         // facilitator: the clicker's "next"
    void play_majority();
    void play_selected();
    void select_row(int row);
    void to_title();
    void open_chooser();
    // The session plan (game_plan.cpp): pick, order and time the encounters, then play them.
    void toggle_plan(int row);
    void move_plan(int row, int delta);     // one place up (-1) or down (+1)
    void select_plan_row(int row);
    void set_minutes_per_decision(int minutes);
    void start_plan();                      // the picked encounters, in order, in the workshop's save
    int plan_decisions() const;             // of the picked encounters
    void set_facilitator(bool on);
    void set_show_modes(bool on);
    void set_text_scale(float f);
    void set_reduced_motion(bool on);
    void set_dyslexic_font(bool on);
    void set_high_contrast(bool on);
    void set_self_voicing(bool on);
    void set_language(const std::string& lang);  // "en", "es": the interface and the story, remembered
    void adjust_vote(int row, int delta);
    void set_vote(int row, int count);
    // The room server's count for the open decision (by fd::mode_index); room_open false: no room.
    void set_phone_votes(const std::array<int, 5>& by_mode, int voted, int devices, bool room_open);
    void set_room_linked(bool linked) { workshop_.room_linked = linked; }  // the window's room opened or closed
    void toggle_timer();                    // start or pause the discussion timer
    void reset_timer();
    void write_handout();                   // the workshop's handout (HTML) and votes (CSV) beside its save
    void jump_to(const std::string& beat);  // inspector
    void set_values(const fd::CustomerState& customer, const fd::BusinessState& business);  // inspector
    void set_flags(const fd::Flags& flags, const fd::Flags& story_flags);                     // inspector
    void practise(std::size_t log_index);    // one player, at the debrief: try that decision again
    void practise_answer(fd::Mode m);        // the try: on a copy, never on record
    void end_practice();                     // back to the debrief
    void show_intro();                       // the introduction, from the title or settings
    void finish_intro();                     // begin (or skip): remembered in the settings
    void pick_intro_mode(int index);         // the mode the introduction explains, -1 none
    void poll_reload();
    void poll_records();                    // the statements waiting, for the screens
    void open_records();                    // the Records screen, with the report read afresh
    void autosave();
    std::string save_dir() const;
    std::string settings_dir() const;  // --save-dir when given, else $XDG_CONFIG_HOME/frontdoor
    // The inspector (F12) is for designers: --designer, --scripts DIR, or playing a
    // script from outside the shipped campaign. Trainees are never offered it.
    bool designer_tools() const;
    // A solo player can practise the decisions of the encounter just ended (fd::can_practise).
    bool can_practise(std::size_t log_index) const;
    bool practising() const { return practice_.decision.has_value(); }
    // The introduction comes before a new campaign until it has been seen once.
    bool wants_intro() const;

    // --- derived for screens (presentation only) ---
    std::array<fd::Mode, 5> answer_order() const;  // the order answers appear in
    int row_of(fd::Mode m) const;                  // where `m` is in answer_order()
    bool labels_shown() const { return facilitator() ? settings_.workshop_modes : settings_.show_modes; }
    bool teaching() const;                         // the reveal's second page: every answer's fit and why
    std::string default_player() const { return facilitator() ? "The room" : "Player"; }
    bool animating() const;
    const RoomVote* vote_for(std::size_t log_index) const;
    int stage_number() const;                      // 1-based position of the current encounter played
    std::string screen_name() const;               // for --state-json and tests
    void room_shown() { window_.show_room = false; }  // the window has opened the room's join screen
    // A notice from the window's room link (game/room_link.cpp).
    void notice(const std::string& text, bool good, double seconds) { notify(text, good, seconds); }
    bool overlay_open() const {                    // while one is up, the screen underneath takes no keys
        return overlays_.menu_open || overlays_.error.open || !overlays_.pending_start.empty();
    }

    static constexpr double kAnimSeconds = 0.9;

private:
    Options opts_;
    Settings settings_;
    PlayState play_;
    Workshop workshop_;
    Library library_;
    Overlays overlays_;
    WindowRequests window_;
    HotReload reload_;
    std::unique_ptr<RecordsLink> records_;
    PracticeState practice_;
    double now_ = 0;

    void notify(const std::string& text, bool good = true, double seconds = 3.0);
    void show_error(const std::string& title, const std::string& message);
    void refresh_save_info();
    fd::SaveSlot slot(bool workshop) const;
    fd::SaveSlot slot() const { return slot(facilitator()); }
    std::string describe(const fd::SaveGame& g) const;
    std::string last_saved_;  // what the slot holds, so an unchanged game is not written again
    std::array<int, 5> saved_board_{};
    std::string vote_place() const;
    bool guarded(const char* what, const std::function<void()>& fn);
    void after_move();
    void push_history();
    void report_untranslated(const std::vector<fd::i18n::TextEntry>& texts);  // designer mode: notice + log
    void play_row(int row);
    void load_votes();
    void save_votes();
    void save_settings();
    void set_identity(const std::string* name, const std::string* contact);  // the title's fields, remembered
    void apply_overlay(const Intent& intent);
    void start_with_plan(const std::string& path, std::vector<std::string> plan);
    void build_plan();  // the campaign's stages for the chooser, with their estimates
    std::shared_ptr<const fd::Story> with_plan(std::shared_ptr<const fd::Story> story, const std::vector<std::string>& plan) const;
    bool in_shipped_campaign(const std::string& path) const;
};

}  // namespace fdg
