// The game layer: which screen is up, the session being played, saves, the
// room's votes and the messages to show. Screens read this and call its
// actions; every rule stays in the engine.
#pragma once
#include <array>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "hot_reload.hpp"
#include "options.hpp"
#include "save_slot.hpp"
#include "session.hpp"
#include "story.hpp"

namespace fdg {

enum class View { Title, Chooser, Settings, Play, Consequence };

struct Settings {
    bool show_modes = true;  // label each answer with its mode
    float text_scale = 1.0f;
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

// The room's hands for one decision (facilitator mode). Not an engine rule:
// the engine only ever sees the answer that was played.
struct RoomVote {
    std::size_t log_index = 0;  // the decision's event in the session log
    std::string stage, beat;
    std::array<int, 5> counts{};  // by fd::mode_index
    fd::Mode played = fd::Mode::Avoid;
    bool overridden = false;      // the facilitator played an answer the most hands were not for
    bool tie = false;             // the most hands were split, and the facilitator picked one of them
};

struct VoteBoard {
    std::array<int, 5> counts{};  // by fd::mode_index
    int selected = 0;             // row on screen
    bool tie = false;             // the last attempt to play found a tie
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

class Game {
public:
    explicit Game(Options opts);

    // --- what the screens read ---
    const Options& options() const { return opts_; }
    Settings settings;
    bool facilitator = false;
    View view = View::Title;
    int page = 0;              // facilitator's pages at an ending / summary
    int page_count = 1;        // set by the screen that shows pages (it knows what fits)
    std::string player_name;   // the title screen's field
    std::string player;        // the name the game was started with
    std::string story_path;    // of the session
    std::unique_ptr<fd::Session> session;
    std::shared_ptr<const fd::Story> main_story;  // the one given on the command line
    fd::Diagnostics main_errors;
    std::optional<Consequence> consequence;
    VoteBoard board;
    std::vector<RoomVote> votes;
    std::vector<HistoryStep> history;
    SaveInfo save_info;
    std::vector<ChooserEntry> chooser;
    std::vector<Notice> notices;
    ErrorBox error;
    std::string pending_start;  // a story waiting for "replace your save?" confirmation
    bool menu_open = false;
    bool blank = false;
    bool inspector_open = false;
    bool quit = false;
    bool want_fullscreen = false;
    bool fullscreen = false;
    double now = 0;  // seconds; virtual in screenshot mode
    HotReload reload;

    // --- actions ---
    void new_game();                        // the main story, with the typed name
    void start(const std::string& path);    // asks first if an unfinished save would be lost
    void confirm_start();
    void continue_game();
    void choose(fd::Mode m);
    void proceed();
    void back();                            // facilitator: one step back
    void advance();                         // facilitator: the clicker's "next"
    void play_majority();
    void play_selected();
    void to_title();
    void open_chooser();
    void set_facilitator(bool on);
    void set_show_modes(bool on);
    void set_text_scale(float f);
    void adjust_vote(int row, int delta);
    void jump_to(const std::string& beat);  // inspector
    void poll_reload();
    void autosave();
    void notify(const std::string& text, bool good = true, double seconds = 3.0);
    void show_error(const std::string& title, const std::string& message);
    void refresh_save_info();
    std::string save_dir() const;
    std::string settings_dir() const;  // --save-dir when given, else $XDG_CONFIG_HOME/frontdoor

    // --- derived for screens (presentation only) ---
    std::array<fd::Mode, 5> answer_order() const;  // the order answers appear in
    int row_of(fd::Mode m) const;                  // where `m` is in answer_order()
    std::string default_player() const { return facilitator ? "The room" : "Player"; }
    bool animating() const;
    const RoomVote* vote_for(std::size_t log_index) const;
    int stage_number() const;                      // 1-based position of the current encounter played
    std::string screen_name() const;               // for --state-json and tests

    static constexpr double kAnimSeconds = 0.9;

private:
    Options opts_;
    fd::SaveSlot slot(bool workshop) const;
    fd::SaveSlot slot() const { return slot(facilitator); }
    std::string describe(const fd::SaveGame& g) const;
    std::string last_saved_;  // what the slot holds, so an unchanged game is not written again
    std::array<int, 5> saved_board_{};
    std::string vote_place() const;
    bool guarded(const char* what, const std::function<void()>& fn);
    void after_move();
    void push_history();
    void play_row(int row);
    void load_votes();
    void save_votes();
    void save_settings();
};

}  // namespace fdg
