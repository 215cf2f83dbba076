// The end of an encounter for one player: how it ended, then a debrief of
// every decision: the mode chosen, the designer's fit and why, and the mode
// that fitted best (fd::build_debrief).
#include <algorithm>
#include <cfloat>

#include <imgui.h>

#include "debrief.hpp"
#include "screens.hpp"
#include "theme.hpp"

namespace fdg {

namespace {

void fit_stars(Ui& ui, int fit, ImU32 col) {
    // Five dots, `fit` of them filled: the designer's 1..5 judgement at a glance.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    float r = ui.fonts.body->FontSize * 0.28f, step = r * 2.6f;
    for (int i = 0; i < 5; ++i) {
        ImVec2 c(p.x + r + i * step, p.y + ui.fonts.body->FontSize * 0.55f);
        if (i < fit) dl->AddCircleFilled(c, r, col, 16);
        else dl->AddCircle(c, r, IM_COL32(120, 128, 146, 255), 16, std::max(1.0f, ui.u(1.5f)));
    }
    ImGui::Dummy(ImVec2(step * 5, ui.fonts.body->FontSize));
}

void debrief_item(Ui& ui, int n, const fd::DebriefItem& d, float w, const std::string& customer) {
    Card c = begin_card(w, ui.u(14));
    float inner = w - 2 * c.pad;
    text(ui.fonts.small, color::kMuted, std::to_string(n) + ".  " + speaker_line(customer, d.customer_said), inner);
    ImGui::Dummy(ImVec2(0, ui.u(2)));
    std::string chose = std::string("You chose ") + mode_label(d.chosen) + "  \u00b7  fit " + std::to_string(d.fit) + "/5";
    if (d.chose_best()) chose += "  \u00b7  the best fit here";
    text(ui.fonts.bold, mode_color(d.chosen), chose);
    ImGui::SameLine(0, ui.u(12));
    fit_stars(ui, d.fit, mode_color(d.chosen));
    text(ui.fonts.body, color::kText, d.chosen_why, inner);
    if (!d.chose_best()) {
        ImGui::Dummy(ImVec2(0, ui.u(4)));
        text(ui.fonts.bold, mode_color(d.best),
             std::string("Best fit here: ") + mode_label(d.best) + "  \u00b7  fit " + std::to_string(d.best_fit) + "/5");
        text(ui.fonts.body, color::kText, d.best_why, inner);
    }
    if (!d.situation.empty()) {
        ImGui::Dummy(ImVec2(0, ui.u(4)));
        text(ui.fonts.small, color::kMuted, "The moment: " + fd::situation_text(d.situation), inner);
    }
    end_card(c, color::kPanel);
}

}  // namespace

void screen_debrief(const Game& g, Ui& ui) {
    begin_screen("##debrief");
    encounter_bar(g, ui);
    const fd::SessionState& st = g.session()->state();
    const fd::Beat& ending = g.session()->beat();
    std::string outcome = st.results.empty() ? ending.outcome : st.results.back().outcome;
    DeskColumns d = desk_columns(g, ui);
    float button_h = ui.fonts.bold->FontSize + ui.u(32);
    ImGui::BeginChild("##debrief_scroll", ImVec2(d.right_w, d.body_h - button_h), false, ImGuiWindowFlags_NoNav);
    float w = d.right_w - ui.u(20);
    text(ui.fonts.small, color::kMuted, "How it ended");
    text(ui.fonts.title, outcome_color(outcome), outcome_label(outcome));
    text(ui.fonts.body, color::kText, ending.text, w);
    ImGui::Dummy(ImVec2(0, ui.u(10)));
    text(ui.fonts.heading, color::kText, "Debrief: your decisions");
    text(ui.fonts.small, color::kMuted,
         "The designer rated how well each mode fits each moment, from 1 to 5. No mode is always right.", w);
    ImGui::Dummy(ImVec2(0, ui.u(4)));
    auto items = fd::build_debrief(g.session()->story(), st.log, st.stage);
    int n = 0;
    for (const auto& d : items) {
        debrief_item(ui, ++n, d, w, g.session()->encounter().customer.name);
        ImGui::Dummy(ImVec2(0, ui.u(4)));
    }
    if (items.empty()) text(ui.fonts.body, color::kMuted, "There were no decisions in this encounter.", w);
    // Keyboard scrolling: this screen has only one button, so the arrows scroll.
    Input& in = ui.input;
    float step = ui.line() * 3;
    if (!g.overlay_open()) {
        if (in.key(SDLK_DOWN)) ImGui::SetScrollY(ImGui::GetScrollY() + step);
        if (in.key(SDLK_UP)) ImGui::SetScrollY(ImGui::GetScrollY() - step);
        if (in.key(SDLK_PAGEDOWN)) ImGui::SetScrollY(ImGui::GetScrollY() + ImGui::GetWindowHeight() * 0.8f);
        if (in.key(SDLK_PAGEUP)) ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetWindowHeight() * 0.8f);
    }
    ImGui::EndChild();
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    ImGui::SetCursorPosX(d.left_w + d.pad * 2);
    bool go = button(ui, "Continue", "Space", 0, true);
    bool keys = in.any({SDLK_SPACE, SDLK_RETURN, SDLK_KP_ENTER, SDLK_RIGHT}) && !g.overlay_open();
    if ((go || keys) && in.act()) ui.ask(Intent::of(Intent::Proceed));
    footer_hints(ui, "\u2191\u2193 PgUp PgDn|scroll;Space/Enter/\u2192|next;Esc|menu");
    end_screen();
}

}  // namespace fdg
