// Game: setup, what the screens derive for display, and the save slot.
// The actions (moves of the story) are in game_actions.cpp.
#include "game.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "data_paths.hpp"
#include "limits.hpp"
#include "game_language.hpp"
#include "persist.hpp"
#include "save.hpp"
#include "text.hpp"
#include "story_loader.hpp"
#include "ui_text.hpp"

namespace fdg {

Game::Game(Options opts) : opts_(std::move(opts)) {
    workshop_.on = opts_.facilitator;
    settings_ = read_settings(settings_dir(), save_dir());
    if (!workshop_.on) {  // the player who typed their name here last time
        library_.player_name = settings_.player_name;
        library_.player_contact = settings_.player_contact;
    }
    std::vector<std::string> language_problems = use_language(chosen_language(opts_.lang, settings_.language));
    for (const auto& p : language_problems) std::cerr << "frontdoor: " << p << "\n";
    if (!language_problems.empty() && !opts_.lang.empty()) notify(language_problems.front(), false, 8.0);
    std::vector<fd::i18n::TextEntry> untranslated;
    fd::StoryLoad load = load_shown(opts_.story_path, &untranslated);
    if (load.story) use_story_currency(*load.story);
    library_.main_story = load.story;
    library_.main_host = load.host;
    if (!load.story) library_.main_errors = load.diagnostics;
    reload_.watch_file(opts_.story_path);
    if (library_.main_story) reload_.watch(*library_.main_story, *library_.main_host);
    refresh_save_info();
    records_ = std::make_unique<RecordsLink>(save_dir() + "/records.db", settings_dir());
    report_untranslated(untranslated);
}

std::string Game::save_dir() const { return opts_.save_dir.empty() ? fd::default_save_dir() : opts_.save_dir; }
std::string Game::settings_dir() const { return opts_.save_dir.empty() ? fd::config_dir() : opts_.save_dir; }

// Workshops get their own slot so a session on the projector never replaces
// a player's own progress.
fd::SaveSlot Game::slot(bool workshop) const {
    return fd::SaveSlot(save_dir(), workshop ? "facilitator" : "autosave", {opts_.scripts_dir, opts_.story_path});
}

// "Ana · The Wrong Size": who, and where they are, for the title screen.
std::string Game::describe(const fd::SaveGame& g) const {
    std::string where = capitalised(g.state.stage);  // "Wrong size", until we know the title
    // Name the encounter by its title when we have the story at hand.
    std::shared_ptr<const fd::Story> story = library_.main_story;
    if (play_.session && play_.story_path == g.script) story = play_.session->story_ptr();
    if (story && std::filesystem::path(story->file) == std::filesystem::path(g.script))
        if (const fd::Stage* st = story->stage(g.state.stage)) where = st->encounter->title;
    return g.player + " \u00b7 " + (g.state.finished ? std::string(fd::tr("the summary")) : where);
}

void Game::refresh_save_info() {
    library_.save_info = {};
    // The other mode's save is only named (the title says it is there and how to reach it).
    fd::SaveSlot::Loaded other = slot(!workshop_.on).load();
    if (other.game && !other.game->state.finished) library_.save_info.other_where = describe(*other.game);
    fd::SaveSlot::Loaded loaded = slot().load();
    library_.save_info.problem = loaded.problem;
    library_.save_info.from_backup = loaded.from_backup;
    if (!loaded.game) return;
    library_.save_info.finished = loaded.game->state.finished;
    library_.save_info.where = describe(*loaded.game);
    library_.save_info.game = loaded.game;
}

std::array<fd::Mode, 5> Game::answer_order() const {
    std::array<fd::Mode, 5> order = fd::kAllModes;
    if (labels_shown() || !play_.session || !play_.session->at_decision()) return order;
    // With the labels hidden, a fixed order would give the mode away (4 is always
    // collaborate), so shuffle, the same way every time for the same decision.
    std::uint64_t h = 1469598103934665603ull;
    for (char c : play_.session->state().stage + ":" + play_.session->state().beat) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    for (std::size_t i = order.size() - 1; i > 0; --i) {
        h = h * 6364136223846793005ull + 1442695040888963407ull;
        std::swap(order[i], order[(h >> 33) % (i + 1)]);
    }
    return order;
}

int Game::row_of(fd::Mode m) const {
    auto order = answer_order();
    return static_cast<int>(std::find(order.begin(), order.end(), m) - order.begin());
}

bool Game::teaching() const {
    return facilitator() && play_.view == View::Consequence && play_.page == 1 && play_.consequence.has_value();
}

bool Game::animating() const {
    return !settings_.reduced_motion && play_.view == View::Consequence && play_.consequence &&
           now_ - play_.consequence->started < kAnimSeconds;
}

const RoomVote* Game::vote_for(std::size_t log_index) const {
    for (const auto& v : workshop_.votes)
        if (v.log_index == log_index) return &v;
    return nullptr;
}

int Game::stage_number() const {
    if (!play_.session) return 0;
    const auto& st = play_.session->state();
    int done = static_cast<int>(st.results.size());
    // At an ending the encounter is already in the results.
    if (!st.finished && !st.results.empty() && st.results.back().stage == st.stage &&
        play_.session->beat().kind == fd::BeatKind::Ending)
        return done;
    return st.finished ? done : done + 1;
}

std::string Game::screen_name() const {
    switch (play_.view) {
        case View::Title: return "title";
        case View::Chooser: return library_.plan_shown ? "plan" : "chooser";
        case View::Settings: return "settings";
        case View::Records: return "records";
        case View::Consequence: return workshop_.on ? (teaching() ? "reveal_fit" : "reveal") : "consequence";
        case View::Intro: return "intro";
        case View::Play: break;
    }
    if (!play_.session) return "title";
    if (play_.session->finished()) return "summary";
    switch (play_.session->beat().kind) {
        case fd::BeatKind::Narration: return "narration";
        case fd::BeatKind::Decision: return workshop_.on ? "vote" : "decision";
        case fd::BeatKind::Ending:
            if (practising()) return "practice";
            return workshop_.on && play_.page > 0 ? "debrief" : (workshop_.on ? "outcome" : "debrief");
        case fd::BeatKind::Route: break;
    }
    return "play";
}

void Game::notify(const std::string& text, bool good, double seconds) {
    for (auto& n : overlays_.notices)
        if (n.text == text) {  // the same message again: keep it up longer, not twice
            n.until = now_ + seconds;
            return;
        }
    overlays_.notices.push_back({text, now_ + seconds, good});
    if (overlays_.notices.size() > 4) overlays_.notices.erase(overlays_.notices.begin());
}

void Game::show_error(const std::string& title, const std::string& message) {
    overlays_.error.open = true;
    overlays_.error.title = title;
    overlays_.error.message = message;
}

// Where the open vote is: a decision, at a point in the log (a decision can come round twice).
std::string Game::vote_place() const {
    if (!play_.session || !play_.session->at_decision()) return "";
    const auto& st = play_.session->state();
    return st.stage + "/" + st.beat + "#" + std::to_string(st.log.size());
}

void Game::load_votes() {
    workshop_.votes.clear();
    workshop_.board = {};
    if (!workshop_.on) return;
    SavedVotes saved = read_votes(save_dir(), play_.story_path);
    workshop_.votes = std::move(saved.votes);
    if (!saved.where.empty() && saved.where == vote_place()) workshop_.board.counts = saved.board.counts;
}

void Game::save_votes() {
    if (!workshop_.on) return;
    write_votes(save_dir(), play_.story_path, {workshop_.votes, vote_place(), workshop_.board});
    saved_board_ = workshop_.board.counts;
}

void Game::save_settings() {
    try {
        write_settings(settings_dir(), settings_);
    } catch (const fd::SaveError& e) {
        notify(fd::format_text(fd::tr("Settings not saved: {error}"), {{"error", e.what()}}), false, 6);
    }
}

// A player's name and email or employee id are kept in the settings as they are typed;
// a workshop's group name is not (the next player at this desk would find it).
void Game::set_identity(const std::string* name, const std::string* contact) {
    if (name) library_.player_name = *name;
    if (contact) library_.player_contact = *contact;
    if (workshop_.on) return;
    std::string kept_name = fd::clipped(library_.player_name, fd::kPlayerNameLimit.max);
    std::string kept_contact = fd::clipped(library_.player_contact, fd::kPlayerNameLimit.max);
    if (kept_name == settings_.player_name && kept_contact == settings_.player_contact) return;
    settings_.player_name = kept_name;
    settings_.player_contact = kept_contact;
    save_settings();
}

void Game::autosave() {
    if (!play_.session) return;
    if (!workshop_.on) records_->observe(*play_.session);  // after every move, as the save
    fd::SaveGame g;
    g.script = play_.story_path;
    g.player = play_.player;
    g.seed = 1;
    g.state = play_.session->state();
    // Writing the same game twice would push the previous good save out of the backup.
    std::string text = fd::save_to_json(g).dump();
    if (text == last_saved_) {
        if (workshop_.on && workshop_.board.counts != saved_board_) {  // only the hands changed
            try {
                save_votes();
            } catch (const fd::SaveError& e) {
                notify(fd::format_text(fd::tr("Votes NOT saved: {error}"), {{"error", e.what()}}), false, 8);
            }
        }
        return;
    }
    try {
        slot().write(g);
        last_saved_ = text;
        save_votes();
    } catch (const fd::SaveError& e) {
        // Say so every time: the player must know progress is not being kept.
        notify(fd::format_text(fd::tr("Progress NOT saved: {error}"), {{"error", e.what()}}), false, 8);
    }
}

}  // namespace fdg
