// What the game offers a player and what it keeps for designers: practice at
// the debrief (fd::practise: tries on a copy, never on record), the
// introduction before a new campaign (shown once, remembered in the settings;
// every workshop session starts with it),
// and the rule that the inspector is only for a designer's scripts.
#include "game.hpp"

#include <filesystem>

#include "story_loader.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec1, ec2;
    auto ca = std::filesystem::weakly_canonical(a, ec1), cb = std::filesystem::weakly_canonical(b, ec2);
    return !ec1 && !ec2 && ca == cb;
}

}  // namespace

bool Game::designer_tools() const { return opts_.designer || play_.designer_story; }

// A story is a designer's unless it is the shipped campaign (campaign.lua in
// the scripts folder) or one of that campaign's encounters.
bool Game::in_shipped_campaign(const std::string& path) const {
    std::string campaign = opts_.scripts_dir + "/campaign.lua";
    if (same_file(path, campaign)) return true;
    std::shared_ptr<const fd::Story> story = library_.main_story;
    if (!story || !same_file(story->file, campaign)) story = fd::load_story(campaign).story;
    if (!story) return false;
    std::filesystem::path dir = std::filesystem::path(campaign).parent_path();
    for (const auto& st : story->stages)  // a stage's file is relative to the campaign's folder
        if (same_file((dir / st.file).string(), path)) return true;
    return false;
}

bool Game::can_practise(std::size_t log_index) const {
    return !workshop_.on && play_.session && play_.view == View::Play && fd::can_practise(*play_.session, log_index);
}

void Game::practise(std::size_t log_index) {
    if (!can_practise(log_index)) return;
    practice_.decision = log_index;
}

void Game::practise_answer(fd::Mode m) {
    if (!practice_.decision || !can_practise(*practice_.decision)) return;
    fd::PracticeTry t;
    if (!guarded(fd::N_("trying that answer"), [&] { t = fd::practise(*play_.session, *practice_.decision, m); })) return;
    practice_.tries.push_back(std::move(t));
}

void Game::end_practice() { practice_.decision.reset(); }

bool Game::wants_intro() const {
    if (opts_.skip_intro || !play_.session) return false;
    if (workshop_.on) return true;  // every workshop session starts with it, for the room (next skips it)
    return !settings_.intro_seen && play_.session->story().is_campaign;
}

void Game::show_intro() {
    play_.after_intro = play_.view;
    play_.intro_mode = -1;
    play_.view = View::Intro;
}

void Game::finish_intro() {
    if (play_.view != View::Intro) return;
    play_.view = play_.after_intro;
    if (play_.view == View::Intro) play_.view = play_.session ? View::Play : View::Title;
    if (!settings_.intro_seen) {
        settings_.intro_seen = true;
        save_settings();
    }
}

void Game::pick_intro_mode(int index) { play_.intro_mode = index >= 0 && index < 5 ? index : -1; }

}  // namespace fdg
