// The facilitator's chooser: the session plan. Every encounter of the campaign
// with its estimated time; pick which to play (Space, a digit or a click) and
// move them up or down (Shift+arrows, [ and ], or the arrows beside each row);
// the total follows the minutes allowed per decision (+ and -). S (or the last
// row) starts the plan in the workshop's own save; W lists the whole campaign
// and the single scripts instead.
#include <algorithm>
#include <array>

#include <imgui.h>

#include "screens.hpp"
#include "session_estimate.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

// "Plays #2" / "Left out": the row's place in the plan.
std::string place_tag(const std::vector<PlanEntry>& plan, std::size_t row) {
    // TRANSLATORS: "Left out" and "Plays #2" are a tag under the row's number: no longer than the longest mode's name.
    if (!plan[row].picked) return fd::tr("Left out");
    int n = 0;
    for (std::size_t i = 0; i <= row; ++i) n += plan[i].picked ? 1 : 0;
    return fd::format_text(fd::tr("Plays #{n}"), {{"n", std::to_string(n)}});
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
    std::string estimate = e.decisions > 0 ? estimate_text(e.decisions, g.settings().minutes_per_decision) : fd::tr("no estimate");
    std::string label = e.title + "\n" + e.detail + " \u00b7 " + estimate;
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

// The buttons under the list: start, the minutes per decision, the other scripts.
struct PlanAct {
    const char* label;
    const char* hint;
    bool primary;
};

std::array<PlanAct, 4> plan_acts(const Game& g) {
    bool on_start = g.library().plan_row >= static_cast<int>(g.library().plan.size());
    return {{{on_start ? fd::tr("\u25B6 Start the session") : fd::tr("Start the session"), "S", true},
             {fd::tr("\u2212 minute"), nullptr, false},
             {fd::tr("+ minute"), nullptr, false},
             {fd::tr("Other scripts"), "W", false}}};
}

float natural_width(Ui& ui, const PlanAct& a) {  // as button() sizes itself
    ImFont* f = ui.fonts.bold;
    float hint = a.hint ? ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, a.hint).x + ui.u(16) : 0;
    return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, a.label).x + hint + 2 * ui.u(18);
}

float button_row_height(Ui& ui) { return ui.fonts.bold->FontSize + ui.u(6) * 2 + ImGui::GetStyle().ItemSpacing.y; }

// As many rows as the buttons' natural widths need in `w`.
int button_rows(const Game& g, Ui& ui, float w) {
    int rows = 1;
    float run = 0;
    for (const PlanAct& a : plan_acts(g)) {
        if (run > 0 && run + natural_width(ui, a) > w) {
            ++rows;
            run = 0;
        }
        run += natural_width(ui, a) + ui.u(10);
    }
    return rows;
}

void plan_buttons(const Game& g, Ui& ui, float x, float w) {
    auto acts = plan_acts(g);
    std::array<bool, 4> pressed{};
    float run = 0;
    ImGui::SetCursorPosX(x);
    for (std::size_t i = 0; i < acts.size(); ++i) {
        float nw = natural_width(ui, acts[i]);
        if (run > 0 && run + nw <= w) {
            ImGui::SameLine(0, ui.u(10));
        } else if (run > 0) {  // a new row
            run = 0;
            ImGui::SetCursorPosX(x);
        }
        pressed[i] = button(ui, acts[i].label, acts[i].hint, nw, acts[i].primary);
        run += nw + ui.u(10);
    }
    int minutes = g.settings().minutes_per_decision;
    if (pressed[0]) ui.ask(Intent::of(Intent::StartPlan));
    if (pressed[1]) ui.ask(Intent::vote(Intent::SetMinutes, 0, minutes - 1));
    if (pressed[2]) ui.ask(Intent::vote(Intent::SetMinutes, 0, minutes + 1));
    if (pressed[3]) ui.ask(Intent::with_switch(Intent::ShowPlan, false));
}

}  // namespace

void screen_plan(const Game& g, Ui& ui) {
    begin_screen("##plan", 0, ImGuiWindowFlags_NoNav);
    // Everything above the footer; at very large text it scrolls as one (the keyboard's row stays in view).
    float footer_h = ui.fonts.small->FontSize + ui.u(16);
    ImGui::SetCursorPos(ImVec2(0, 0));
    ImGui::BeginChild("##plan_all", ImVec2(ui.size.x, ui.size.y - footer_h), false, ImGuiWindowFlags_NoNav);
    float w = std::min(ui.size.x - ui.u(48), ui.u(1100));
    float x = (ui.size.x - w) * 0.5f;
    ImGui::SetCursorPos(ImVec2(x, ui.u(16)));
    text(ui.fonts.title, color::kAccent, fd::tr("Plan the session"));
    ImGui::SetCursorPosX(x);
    text(ui.fonts.small, color::kMuted,
         fd::tr("Pick the encounters and their order. The plan has its own workshop save: a player's own game is never replaced."), w);
    // The total, and the minutes allowed per decision (vote, reveal, discussion).
    int decisions = g.plan_decisions(), minutes = g.settings().minutes_per_decision;
    std::string total = fd::format_text(fd::trn("Total: {n} decision, about {total} min  \u00b7  {minutes} min per decision",
                                                "Total: {n} decisions, about {total} min  \u00b7  {minutes} min per decision", decisions),
                                        {{"n", std::to_string(decisions)}, {"total", std::to_string(decisions * minutes)},
                                         {"minutes", std::to_string(minutes)}});
    ImGui::SetCursorPosX(x);
    text(ui.fonts.bold, color::kText, total, w);
    float list_h = ui.size.y - footer_h - ImGui::GetCursorPosY() - static_cast<float>(button_rows(g, ui, w)) * button_row_height(ui) - ui.u(8);
    bool own_list = list_h >= ui.u(160);  // else the rows go in the page, which scrolls
    ImGui::SetCursorPosX(x);
    if (own_list) ImGui::BeginChild("##plan_list", ImVec2(w, list_h), false, ImGuiWindowFlags_NoNav);
    for (std::size_t i = 0; i < g.library().plan.size(); ++i) {
        ImGui::SetCursorPosX(own_list ? 0 : x);
        plan_row(g, ui, i, w - ui.u(20));
    }
    if (own_list) ImGui::EndChild();
    plan_buttons(g, ui, x, w);
    ImGui::Dummy(ImVec2(0, ui.u(4)));
    ImGui::EndChild();
    plan_keys(g, ui);
    footer_hints(ui, fd::tr("\u2191\u2193|move;Space|pick;Shift+\u2191\u2193|reorder;+/\u2212|minutes;S|start;W|other scripts;Esc|back"));
    end_screen();
}

}  // namespace fdg
