// The facilitator's chooser: the session plan. Every encounter of the campaign
// with its estimated time; pick which to play (Space, a digit or a click) and
// move them up or down (Shift+arrows, [ and ], or the arrows beside each row);
// the total follows the minutes allowed per decision (+ and -). S (or the last
// row) starts the plan in the workshop's own save; W lists the whole campaign
// and the single scripts instead.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "screens.hpp"
#include "session_estimate.hpp"
#include "theme.hpp"

namespace fdg {

namespace {

// "Plays 2nd" / "Left out": the row's place in the plan.
std::string place_tag(const std::vector<PlanEntry>& plan, std::size_t row) {
    if (!plan[row].picked) return "Left out";
    int n = 0;
    for (std::size_t i = 0; i <= row; ++i) n += plan[i].picked ? 1 : 0;
    return "Plays #" + std::to_string(n);
}

void plan_keys(const Game& g, Ui& ui) {
    Input& in = ui.input;
    if (g.overlay_open() || g.overlays().blank) return;
    const auto& plan = g.library().plan;
    int rows = static_cast<int>(plan.size());  // plan.size() itself: the start button
    int row = std::min(g.library().plan_row, rows);
    bool shift = (SDL_GetModState() & KMOD_SHIFT) != 0;
    bool up = in.any({SDLK_UP, SDLK_PAGEUP}), down = in.any({SDLK_DOWN, SDLK_PAGEDOWN});
    if (((shift && up) || in.key(SDLK_LEFTBRACKET)) && row < rows && in.act()) ui.ask(Intent::vote(Intent::PlanMove, row, -1));
    else if (((shift && down) || in.key(SDLK_RIGHTBRACKET)) && row < rows && in.act()) ui.ask(Intent::vote(Intent::PlanMove, row, +1));
    else if (up && in.act()) ui.ask(Intent::vote(Intent::PlanSelect, std::max(0, row - 1)));
    else if (down && in.act()) ui.ask(Intent::vote(Intent::PlanSelect, std::min(rows, row + 1)));
    else if (in.any({SDLK_SPACE, SDLK_RETURN, SDLK_KP_ENTER, SDLK_x}) && in.act())
        ui.ask(row < rows ? Intent::vote(Intent::PlanToggle, row) : Intent::of(Intent::StartPlan));
    else if (in.key(SDLK_s) && in.act()) ui.ask(Intent::of(Intent::StartPlan));
    else if (in.key(SDLK_w) && in.act()) ui.ask(Intent::with_switch(Intent::ShowPlan, false));
    else if (in.any({SDLK_PLUS, SDLK_EQUALS, SDLK_KP_PLUS}) && in.act())
        ui.ask(Intent::vote(Intent::SetMinutes, 0, g.settings().minutes_per_decision + 1));
    else if (in.any({SDLK_MINUS, SDLK_KP_MINUS}) && in.act())
        ui.ask(Intent::vote(Intent::SetMinutes, 0, g.settings().minutes_per_decision - 1));
    for (int i = 0; i < std::min(rows, 9); ++i)
        if (in.key(SDLK_1 + i) && in.act()) ui.ask(Intent::vote(Intent::PlanToggle, i));
}

// One encounter: the toggle with its place, and the arrows that move it.
void plan_row(const Game& g, Ui& ui, std::size_t i, float w) {
    const PlanEntry& e = g.library().plan[i];
    int row = static_cast<int>(i);
    float arrow = ui.u(56), gap = ui.u(8);
    std::string label = e.title + "\n" + e.detail + " \u00b7 " +
                        (e.decisions > 0 ? estimate_text(e.decisions, g.settings().minutes_per_decision) : "no estimate");
    std::string tag = place_tag(g.library().plan, i);
    ImGui::PushID(row);
    float y = ImGui::GetCursorPosY();
    bool selected = g.library().plan_row == row;
    if (answer_button(ui, row + 1, tag.c_str(), e.picked ? color::kGood : color::kMuted, label, w - 2 * (arrow + gap), selected))
        ui.ask(Intent::vote(Intent::PlanToggle, row));
    float view_top = ImGui::GetWindowPos().y, view_bottom = view_top + ImGui::GetWindowHeight();
    if (selected && (ImGui::GetItemRectMin().y < view_top || ImGui::GetItemRectMax().y > view_bottom))
        ImGui::SetScrollHereY(0.5f);  // the keyboard's row scrolls into view
    float next_y = ImGui::GetCursorPosY();
    ImGui::SameLine(0, gap);
    ImGui::SetCursorPosY(y);
    if (button(ui, "\u25B2##up", nullptr, arrow) && i > 0) ui.ask(Intent::vote(Intent::PlanMove, row, -1));
    ImGui::SameLine(0, gap);
    ImGui::SetCursorPosY(y);
    if (button(ui, "\u25BC##down", nullptr, arrow) && i + 1 < g.library().plan.size()) ui.ask(Intent::vote(Intent::PlanMove, row, +1));
    ImGui::SetCursorPosY(std::max(next_y, ImGui::GetCursorPosY()));
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, ui.u(2)));
}

}  // namespace

void screen_plan(const Game& g, Ui& ui) {
    begin_screen("##plan", 0, ImGuiWindowFlags_NoNav);
    float w = std::min(ui.size.x - ui.u(48), ui.u(1100));
    float x = (ui.size.x - w) * 0.5f;
    ImGui::SetCursorPos(ImVec2(x, ui.u(16)));
    text(ui.fonts.title, color::kAccent, "Plan the session");
    ImGui::SetCursorPosX(x);
    text(ui.fonts.small, color::kMuted,
         "Pick the encounters and their order. The plan has its own workshop save: a player's own game is never replaced.", w);
    // The total, and the minutes allowed per decision (vote, reveal, discussion).
    int decisions = g.plan_decisions(), minutes = g.settings().minutes_per_decision;
    char total[160];
    std::snprintf(total, sizeof total, "Total: %d decisions, about %d min  \u00b7  %d min per decision", decisions,
                  decisions * minutes, minutes);
    ImGui::SetCursorPosX(x);
    text(ui.fonts.bold, color::kText, total, w);
    float button_h = ui.fonts.bold->FontSize + ui.u(12) * 2;
    float list_h = ui.size.y - ImGui::GetCursorPosY() - button_h - ui.u(56);
    ImGui::SetCursorPosX(x);
    ImGui::BeginChild("##plan_list", ImVec2(w, std::max(list_h, ui.u(80))), false, ImGuiWindowFlags_NoNav);
    for (std::size_t i = 0; i < g.library().plan.size(); ++i) plan_row(g, ui, i, w - ui.u(20));
    ImGui::EndChild();
    ImGui::SetCursorPosX(x);
    float third = (w - 2 * ui.u(10)) / 3;
    bool selected_start = g.library().plan_row >= static_cast<int>(g.library().plan.size());
    bool start = button(ui, selected_start ? "\u25B6 Start the session" : "Start the session", "S", third, true);
    ImGui::SameLine(0, ui.u(10));
    bool fewer = button(ui, "\u2212 minute", "\u2212", third * 0.5f - ui.u(5));
    ImGui::SameLine(0, ui.u(10));
    bool more = button(ui, "+ minute", "+", third * 0.5f - ui.u(5));
    ImGui::SameLine(0, ui.u(10));
    bool list = button(ui, "Other scripts", "W", third);
    if (start) ui.ask(Intent::of(Intent::StartPlan));
    if (fewer) ui.ask(Intent::vote(Intent::SetMinutes, 0, minutes - 1));
    if (more) ui.ask(Intent::vote(Intent::SetMinutes, 0, minutes + 1));
    if (list) ui.ask(Intent::with_switch(Intent::ShowPlan, false));
    plan_keys(g, ui);
    footer_hints(ui, "\u2191\u2193|move;Space|pick;Shift+\u2191\u2193|reorder;+/\u2212|minutes;S|start;W|other scripts;Esc|back");
    end_screen();
}

}  // namespace fdg
