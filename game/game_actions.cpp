// Game actions: every move of the story goes through guarded(), so a script
// error becomes a message on screen and the session stays as it was (the
// engine rolls back), and every move is saved at once.
#include <algorithm>

#include "game.hpp"
#include "diagnostic_text.hpp"
#include "game_language.hpp"
#include "limits.hpp"
#include "persist.hpp"
#include "resume_notice.hpp"
#include "save.hpp"
#include "script_error_text.hpp"
#include "session_estimate.hpp"
#include "session_plan.hpp"
#include "story_loader.hpp"
#include "text.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

std::string trimmed(const std::string& s) {
    auto a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return {};
    return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

// The error titles of each guarded action, whole sentences so a translation can word
// each one as it needs: {action id, a script failed, something else went wrong}.
struct FailureTitles {
    const char* action;
    const char* script;
    const char* other;
};
constexpr FailureTitles kFailureTitles[] = {
    {"plan", fd::N_("A script failed while planning the session"), fd::N_("Something went wrong while planning the session")},
    {"start", fd::N_("A script failed while starting the story"), fd::N_("Something went wrong while starting the story")},
    {"resume", fd::N_("A script failed while resuming the saved game"), fd::N_("Something went wrong while resuming the saved game")},
    {"answer", fd::N_("A script failed while applying your answer"), fd::N_("Something went wrong while applying your answer")},
    {"proceed", fd::N_("A script failed while moving the story on"), fd::N_("Something went wrong while moving the story on")},
    {"jump", fd::N_("A script failed while jumping to a beat"), fd::N_("Something went wrong while jumping to a beat")},
    {"reload", fd::N_("A script failed while reloading the story"), fd::N_("Something went wrong while reloading the story")},
    {"back", fd::N_("A script failed while going back"), fd::N_("Something went wrong while going back")},
    {"room_answer", fd::N_("A script failed while applying the room's answer"), fd::N_("Something went wrong while applying the room's answer")},
    {"language", fd::N_("A script failed while changing the language"), fd::N_("Something went wrong while changing the language")},
    {"practise", fd::N_("A script failed while trying that answer"), fd::N_("Something went wrong while trying that answer")},
};

FailureTitles failure_titles(const std::string& action) {
    for (const FailureTitles& t : kFailureTitles)
        if (action == t.action) return t;
    return {"", fd::N_("A script failed"), fd::N_("Something went wrong")};
}

}  // namespace

// `action`: an id of kFailureTitles, naming what failed in the error's title.
bool Game::guarded(const char* action, const std::function<void()>& fn) {
    FailureTitles titles = failure_titles(action);
    try {
        fn();
        return true;
    } catch (const fd::ScriptError& e) {
        show_error(fd::tr(titles.script), script_error_details(e));
    } catch (const std::exception& e) {
        show_error(fd::tr(titles.other), e.what());
    }
    return false;
}

void Game::new_game() { start(opts_.story_path); }

void Game::start(const std::string& path) { start_with_plan(path, {}); }

void Game::start_with_plan(const std::string& path, std::vector<std::string> plan) {
    refresh_save_info();
    overlays_.pending_start = path;
    overlays_.pending_plan = std::move(plan);
    // Replacing an unfinished game needs a yes; the previous save is kept as a backup either way.
    if (library_.save_info.game && !library_.save_info.finished) return;
    confirm_start();
}

void Game::confirm_start() {
    std::string path = overlays_.pending_start;
    std::vector<std::string> plan = std::move(overlays_.pending_plan);
    overlays_.pending_start.clear();
    overlays_.pending_plan.clear();
    std::shared_ptr<const fd::Story> story;
    std::shared_ptr<fd::ScriptHost> host;
    if (path == opts_.story_path && library_.main_story) {
        story = library_.main_story;
        host = library_.main_host;
    } else {
        fd::StoryLoad load = load_shown(path);
        if (!load.story) {
            show_error(fd::tr("This script has errors"), fd::errors_text(load.diagnostics));
            return;
        }
        story = load.story;
        host = load.host;
    }
    // A session plan plays the picked encounters in order (fd::planned_story).
    if (!guarded("plan", [&] { story = with_plan(story, plan); })) return;
    std::unique_ptr<fd::Session> s;
    if (!guarded("start", [&] { s = std::make_unique<fd::Session>(story, host, 1); })) return;
    play_.session = std::move(s);
    use_story_currency(*story);
    play_.story_path = path;
    play_.plan = plan;
    play_.designer_story = !in_shipped_campaign(path);
    std::string name = trimmed(library_.player_name);
    play_.player = fd::clipped(name.empty() ? default_player() : name, fd::kPlayerNameLimit.max);
    if (!workshop_.on) records_->begin(*play_.session, play_.player, trimmed(library_.player_contact));
    workshop_.votes.clear();
    workshop_.history.clear();
    play_.consequence.reset();
    workshop_.board = {};
    workshop_.timer.reset();
    overlays_.menu_open = false;
    play_.view = View::Play;
    play_.page = 0;
    reload_.watch(*story, *host);
    last_saved_.clear();
    practice_ = {};
    if (workshop_.on) {  // the plan is part of the workshop's save: written before it, as it is read
        try {
            write_plan(save_dir(), path, plan);
        } catch (const fd::SaveError& e) {
            notify(fd::format_text(fd::tr("The session plan was NOT saved: {error}"), {{"error", e.what()}}), false, 8);
        }
    }
    autosave();
    refresh_save_info();
    // Before the first encounter of a new campaign, and at the start of every workshop session.
    if (wants_intro()) show_intro();
}

void Game::continue_game() {
    refresh_save_info();
    if (!library_.save_info.game) {
        show_error(fd::tr("There is no saved game to continue"),
                   library_.save_info.problem.empty() ? std::string(fd::tr("Start a new game; it is saved after every decision."))
                                                      : library_.save_info.problem);
        return;
    }
    const fd::SaveGame g = *library_.save_info.game;
    fd::StoryLoad load = load_shown(g.script);
    if (!load.story) {
        show_error(fd::tr("The saved game's script cannot be loaded"), fd::errors_text(load.diagnostics));
        return;
    }
    // A workshop's session plan is kept beside its save: the same encounters, in the same order.
    std::vector<std::string> plan = workshop_.on ? fd::plan_still_valid(*load.story, read_plan(save_dir(), g.script)) : std::vector<std::string>{};
    std::shared_ptr<const fd::Story> story = load.story;
    if (!guarded("plan", [&] { story = with_plan(story, plan); })) return;
    fd::SessionState state = g.state;
    std::string moved = resume_notice(fd::resume_place(*story, state));  // "" unless the campaign changed under the save
    std::unique_ptr<fd::Session> s;
    if (!guarded("resume", [&] { s = std::make_unique<fd::Session>(story, load.host, state); })) return;
    play_.session = std::move(s);
    play_.plan = plan;
    use_story_currency(*load.story);
    practice_ = {};
    play_.story_path = g.script;
    play_.designer_story = !in_shipped_campaign(g.script);
    play_.player = g.player;
    library_.player_name = g.player;
    if (!workshop_.on && trimmed(library_.player_contact).empty())
        library_.player_contact = records_->remembered_contact(play_.player);
    if (!workshop_.on) records_->begin(*play_.session, play_.player, trimmed(library_.player_contact), true);
    workshop_.history.clear();
    play_.consequence.reset();
    load_votes();
    overlays_.menu_open = false;
    play_.view = View::Play;
    play_.page = 0;
    reload_.watch(*story, *load.host);
    last_saved_ = fd::save_to_json(g).dump();
    // Rewrite a save we only could read from the backup, so the damaged file is replaced.
    if (library_.save_info.from_backup) {
        last_saved_.clear();
        autosave();
    }
    if (!moved.empty()) notify(moved, false, 10);
    else if (!workshop_.on) notify(fd::format_text(fd::tr("Welcome back, {name}."), {{"name", player_label(play_.player)}}));  // nothing over the projected text
}

// Copies what the player said and what happened, before the story moves on.
Consequence consequence_of(const fd::Session& s, fd::Mode m, double now) {
    Consequence c;
    const fd::Beat& b = s.beat();
    c.mode = m;
    c.customer_said = b.text;
    if (const fd::Answer* a = b.answer(m)) {
        c.says = a->says;
        c.reaction = a->reaction;
    }
    c.started = now;
    return c;
}

void fill_snapshots(Consequence& c, const fd::Session& s, std::size_t log_index) {
    const auto& log = s.state().log;
    c.log_index = log_index;
    if (log_index < log.size()) {
        c.before = log[log_index].before;
        c.after = log[log_index].after;
    }
}

void Game::choose(fd::Mode m) {
    if (!play_.session || !play_.session->at_decision()) return;
    Consequence c = consequence_of(*play_.session, m, now_);
    std::size_t index = play_.session->state().log.size();
    if (!guarded("answer", [&] { play_.session->choose(m); })) return;
    fill_snapshots(c, *play_.session, index);
    play_.consequence = c;
    play_.view = View::Consequence;
    autosave();
}

void Game::proceed() {
    if (!play_.session || play_.session->finished() || play_.session->at_decision()) return;
    if (!guarded("proceed", [&] { play_.session->proceed(); })) return;
    practice_ = {};  // practice is for the encounter just ended
    play_.page = 0;
    play_.view = View::Play;
    autosave();
    after_move();
}

void Game::dismiss_consequence() {
    play_.view = View::Play;
    play_.consequence.reset();
}

void Game::after_move() {
    // A new decision starts with an empty vote board.
    if (workshop_.on && play_.view == View::Play && play_.session && play_.session->at_decision()) workshop_.board = {};
}

void Game::to_title() {
    autosave();
    overlays_.menu_open = false;
    play_.view = View::Title;
    play_.page = 0;
    // The title shows the main story: watch its files now, not the session's.
    if (library_.main_story) reload_.watch(*library_.main_story, *library_.main_host);
    else reload_.watch_only(opts_.story_path);
    refresh_save_info();
}

void Game::open_chooser() {
    library_.chooser.clear();
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(opts_.scripts_dir + "/encounters", ec))
        if (e.path().extension() == ".lua") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    if (library_.main_story) library_.chooser.push_back({opts_.story_path, library_.main_story->title, library_.main_story->is_campaign ? fd::tr("The whole campaign") : "", true});
    // A workshop plans its time: each entry says how long it takes (decisions x minutes per decision).
    auto estimate = [&](ChooserEntry& entry, const std::shared_ptr<const fd::Story>& story, const std::shared_ptr<fd::ScriptHost>& host) {
        int n = workshop_.on ? decisions_on_best_path(story, host) : 0;
        if (n > 0) entry.detail += (entry.detail.empty() ? "" : " \u00b7 ") + estimate_text(n, settings_.minutes_per_decision);
    };
    if (library_.main_story) estimate(library_.chooser.back(), library_.main_story, library_.main_host);
    for (const auto& f : files) {
        if (f == opts_.story_path) continue;
        fd::StoryLoad load = load_shown(f);
        ChooserEntry entry{f, std::filesystem::path(f).filename().string(), "", load.story != nullptr};
        if (load.story) {
            const fd::Encounter& e = *load.story->stages.front().encounter;
            entry.title = e.title;
            entry.detail = e.customer.name + " \u00b7 " + e.place;
            estimate(entry, load.story, load.host);
        } else {
            entry.detail = fd::format_text(fd::tr("has errors: {errors}"), {{"errors", fd::errors_text(load.diagnostics)}});
        }
        library_.chooser.push_back(std::move(entry));
    }
    // A workshop starts from a session plan over the campaign's encounters (game_plan.cpp).
    if (workshop_.on && library_.plan.empty()) build_plan();
    library_.plan_shown = workshop_.on && !library_.plan.empty();
    play_.view = View::Chooser;
}

void Game::set_facilitator(bool on) {
    workshop_.on = on;
    refresh_save_info();
}

void Game::set_show_modes(bool on) {
    if (facilitator()) settings_.workshop_modes = on;  // a workshop keeps its own setting
    else settings_.show_modes = on;
    save_settings();
}

void Game::set_reduced_motion(bool on) {
    settings_.reduced_motion = on;
    save_settings();
}

void Game::set_dyslexic_font(bool on) {
    settings_.dyslexic_font = on;
    save_settings();
}

void Game::set_high_contrast(bool on) {
    settings_.high_contrast = on;
    save_settings();
}

void Game::set_self_voicing(bool on) {
    settings_.self_voicing = on;
    save_settings();
}

void Game::set_text_scale(float f) {
    settings_.text_scale = std::clamp(f, 0.5f, 3.0f);
    save_settings();
}

void Game::jump_to(const std::string& beat) {
    if (!play_.session || !designer_tools()) return;
    if (!guarded("jump", [&] { play_.session->jump_to(beat); })) return;
    play_.consequence.reset();
    workshop_.history.clear();
    play_.view = View::Play;
    play_.page = 0;
    autosave();
}

// The inspector's values and flags, to try a branch without replaying; saved at once.
void Game::set_values(const fd::CustomerState& customer, const fd::BusinessState& business) {
    if (!play_.session || !designer_tools()) return;
    fd::SessionState& st = play_.session->mutable_state();
    st.customer = customer;
    st.business = business;
    autosave();
}

void Game::set_flags(const fd::Flags& flags, const fd::Flags& story_flags) {
    if (!play_.session || !designer_tools()) return;
    fd::SessionState& st = play_.session->mutable_state();
    st.flags = flags;
    st.story = story_flags;
    autosave();
}

void Game::poll_reload() {
    if (!reload_.changed(now_)) return;
    bool playing = play_.session && (play_.view == View::Play || play_.view == View::Consequence);
    std::string path = playing ? play_.story_path : opts_.story_path;
    fd::StoryLoad load = load_shown(path);
    if (!load.story) {
        reload_.errors = load.diagnostics;  // shown as an overlay; the old story keeps running
        return;
    }
    bool was_broken = !reload_.errors.empty();
    reload_.errors.clear();
    if (path == opts_.story_path) {
        library_.main_story = load.story;
        library_.main_host = load.host;
        library_.main_errors.clear();
    }
    std::shared_ptr<const fd::Story> story = load.story;
    if (playing && !guarded("reload", [&] {
            story = with_plan(story, play_.plan);  // a workshop's plan stays as it was picked
            play_.session->replace_story(story, load.host);
        }))
        return;
    reload_.watch(*story, *load.host);
    std::string file = std::filesystem::path(path).filename().string();
    notify(fd::format_text(was_broken ? fd::tr("Fixed and reloaded {file}") : fd::tr("Reloaded {file}"), {{"file", file}}));
}

void Game::poll_records() { records_->refresh(now_); }

void Game::open_records() {
    records_->load_report();
    records_->select_identity(trimmed(library_.player_name), trimmed(library_.player_contact));
    play_.view = View::Records;
}

}  // namespace fdg
