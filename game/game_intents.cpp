// What the screens asked for, applied to the game: each intent becomes one of
// Game's actions. Also what the app loop asks of the core between frames
// (the clock, expired notices, a screen that failed) and the pages on screen.
#include <algorithm>

#include "debrief.hpp"
#include "game.hpp"
#include "ui_text.hpp"

namespace fdg {

void Game::apply(const Intent& i) {
    switch (i.kind) {
        case Intent::NewGame: new_game(); return;
        case Intent::Start: start(i.text); return;
        case Intent::ConfirmStart: confirm_start(); return;
        case Intent::CancelStart:
            overlays_.pending_start.clear();
            overlays_.pending_plan.clear();
            return;
        case Intent::ContinueGame: continue_game(); return;
        case Intent::SetName: set_identity(&i.text, nullptr); return;
        case Intent::OpenChooser: open_chooser(); return;
        case Intent::OpenSettings: play_.view = View::Settings; return;
        case Intent::BackToTitle:
            play_.view = View::Title;
            refresh_save_info();
            return;
        case Intent::SetFacilitator: set_facilitator(i.on); return;
        case Intent::SetShowModes: set_show_modes(i.on); return;
        case Intent::SetTextScale: set_text_scale(i.scale); return;
        case Intent::SetReducedMotion: set_reduced_motion(i.on); return;
        case Intent::SetDyslexicFont: set_dyslexic_font(i.on); return;
        case Intent::SetLanguage: set_language(i.text); return;
        case Intent::SetHighContrast: set_high_contrast(i.on); return;
        case Intent::SetSelfVoicing: set_self_voicing(i.on); return;
        case Intent::Choose: choose(i.mode); return;
        case Intent::Proceed: proceed(); return;
        case Intent::DismissConsequence: dismiss_consequence(); return;
        case Intent::ToTitle: to_title(); return;
        case Intent::Advance: advance(); return;
        case Intent::Back: back(); return;
        case Intent::SelectRow: select_row(i.number); return;
        case Intent::AdjustVote: adjust_vote(i.number, i.amount); return;
        case Intent::SetVote: set_vote(i.number, i.amount); return;
        case Intent::PlaySelected: play_selected(); return;
        case Intent::ToggleTimer: toggle_timer(); return;
        case Intent::ResetTimer: reset_timer(); return;
        case Intent::WriteHandout: write_handout(); return;
        case Intent::SetTeachReveal:
            settings_.teach_reveal = i.on;
            save_settings();
            return;
        case Intent::ShowPages:
            play_.summary_pages = std::max(1, i.number);
            play_.page = std::min(play_.page, page_count() - 1);
            return;
        case Intent::JumpTo: jump_to(i.text); return;
        case Intent::SetValues: set_values(i.customer, i.business); return;
        case Intent::SetFlags: set_flags(i.flags, i.story_flags); return;
        case Intent::SetContact: set_identity(nullptr, &i.text); return;
        case Intent::OpenRecords: open_records(); return;
        case Intent::SendRecords: records_->send_now(); return;
        case Intent::DeleteRecords: records_->delete_request(i.number, i.on); return;
        case Intent::ShowRecordsOf: records_->select(i.number); return;
        case Intent::Practise: practise(static_cast<std::size_t>(std::max(0, i.number))); return;
        case Intent::PractiseAnswer: practise_answer(i.mode); return;
        case Intent::EndPractice: end_practice(); return;
        case Intent::ShowIntro: show_intro(); return;
        case Intent::FinishIntro: finish_intro(); return;
        case Intent::IntroMode: pick_intro_mode(i.number); return;
        case Intent::PlanToggle: toggle_plan(i.number); return;
        case Intent::PlanMove: move_plan(i.number, i.amount); return;
        case Intent::PlanSelect: select_plan_row(i.number); return;
        case Intent::SetMinutes: set_minutes_per_decision(i.amount); return;
        case Intent::StartPlan: start_plan(); return;
        case Intent::ShowPlan: library_.plan_shown = i.on && !library_.plan.empty(); return;
        default: apply_overlay(i); return;
    }
}

// The menu, the blank screen, the error box, the inspector and the window.
void Game::apply_overlay(const Intent& i) {
    switch (i.kind) {
        case Intent::OpenMenu:
            overlays_.menu_open = true;
            overlays_.menu_settings = false;
            return;
        case Intent::CloseMenu: overlays_.menu_open = false; return;
        case Intent::MenuSettings: overlays_.menu_settings = i.on; return;
        case Intent::SetBlank:
            overlays_.blank = i.on;
            if (i.on) overlays_.menu_open = false;
            return;
        case Intent::CloseError: overlays_.error.open = false; return;
        case Intent::SetInspector: overlays_.inspector_open = i.on && designer_tools(); return;
        case Intent::SetPresenter: overlays_.presenter = i.on; return;
        case Intent::SetFullscreen: window_.want_fullscreen = i.on; return;
        case Intent::Quit: window_.quit = true; return;
        case Intent::ShowRoom:
            window_.show_room = true;
            overlays_.menu_open = false;
            return;
        default: return;
    }
}

// An ending has the outcome, then a page per decision of the encounter; the
// summary has as many as its screen found room for (it says so with ShowPages).
int Game::page_count() const {
    if (!play_.session || play_.view != View::Play) return 1;
    if (play_.session->finished()) return play_.summary_pages;
    if (play_.session->beat().kind != fd::BeatKind::Ending) return 1;
    const fd::SessionState& st = play_.session->state();
    return 1 + static_cast<int>(fd::build_debrief(play_.session->story(), st.log, st.stage).size());
}

void Game::expire_notices() {
    auto& n = overlays_.notices;
    n.erase(std::remove_if(n.begin(), n.end(), [&](const Notice& x) { return x.until <= now_; }), n.end());
}

void Game::screen_failed(const std::string& what) {
    show_error(fd::tr("This screen could not be shown"), what);
    play_.view = View::Title;
}

}  // namespace fdg
