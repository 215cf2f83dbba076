// Overlays on any screen: the Esc menu, confirmations, script errors,
// notices, reload errors; and the keys that work everywhere.
#include <algorithm>
#include <cfloat>

#include <imgui.h>

#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

bool begin_modal(const char* id, bool want_open, float width) {
    if (want_open && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    if (!ImGui::IsPopupOpen(id)) return false;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    // Never taller than the window: at large text the rest scrolls to the focus.
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->Size.y * 0.96f));
    ImGui::PushStyleColor(ImGuiCol_PopupBg, color::kPanel);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f);
    bool open = ImGui::BeginPopupModal(id, nullptr,
                                       ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                           ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    if (open && !want_open) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return false;
    }
    return open;
}

float modal_width(const Ui& ui, float units) { return std::min(ui.size.x * 0.9f, ui.u(units)); }

// The menu's accessibility page: the same settings as the title's Settings,
// without leaving the encounter. Esc or Backspace goes back to the menu.
void menu_accessibility(const Game& g, Ui& ui) {
    Input& in = ui.input;
    float w = ImGui::GetContentRegionAvail().x;
    text(ui.fonts.heading, color::kText, fd::tr("Accessibility"));
    text(ui.fonts.small, color::kMuted, fd::tr("Changes apply at once and are kept for next time."), w);
    ImGui::Spacing();
    accessibility_settings(g, ui, ImGui::GetCursorPosX(), w, true);
    bool back = button(ui, fd::tr("Back to the menu"), "Esc", w, true);
    if ((back || in.key(SDLK_ESCAPE) || in.key(SDLK_BACKSPACE)) && in.act())
        ui.ask(Intent::with_switch(Intent::MenuSettings, false));
}

}  // namespace

void handle_global_keys(const Game& g, Ui& ui) {
    Input& in = ui.input;
    if (in.key_raw(SDLK_F11)) ui.ask(Intent::with_switch(Intent::SetFullscreen, !g.window().fullscreen));
    if (in.key_raw(SDLK_F12) && !g.facilitator() && g.designer_tools()) ui.ask(Intent::with_switch(Intent::SetInspector, !g.overlays().inspector_open));
    if (g.facilitator()) facilitator_keys(g, ui);
    if (g.overlay_open() || g.overlays().blank) return;
    if (in.key(SDLK_ESCAPE) && (g.view() == View::Chooser || g.view() == View::Settings || g.view() == View::Records) && in.act()) {
        ui.ask(Intent::of(Intent::BackToTitle));
    } else if (in.key(SDLK_ESCAPE) && (g.view() == View::Play || g.view() == View::Consequence) && g.session() && in.act()) {
        ui.ask(Intent::of(Intent::OpenMenu));
    }
}

void draw_menu(const Game& g, Ui& ui) {
    bool want = g.overlays().menu_open && !g.overlays().error.open;
    if (!begin_modal("##menu", want, modal_width(ui, g.facilitator() ? 1100 : 560))) return;
    if (g.overlays().menu_settings) {
        menu_accessibility(g, ui);
        ImGui::EndPopup();
        return;
    }
    Input& in = ui.input;
    float w = ImGui::GetContentRegionAvail().x;
    text(ui.fonts.heading, color::kText, fd::tr("Paused"));
    text(ui.fonts.small, color::kMuted, fd::tr("Your progress is saved after every decision."));
    ImGui::Spacing();
    bool resume = button(ui, fd::tr("Resume"), "Esc", w, true);
    std::string labels = g.labels_shown() ? fd::tr("Mode labels: shown") : fd::tr("Mode labels: hidden");
    bool toggle = button(ui, labels.c_str(), "L", w);
    bool access = button(ui, fd::tr("Accessibility and text size"), "A", w);
    bool blank = g.facilitator() && button(ui, fd::tr("Blank the screen"), "B", w);
    bool room = g.facilitator() && button(ui, fd::tr("Phones vote: open the room"), nullptr, w);
    bool notes = g.facilitator() && button(ui, g.overlays().presenter ? fd::tr("Show the room view") : fd::tr("Show the facilitator's notes"), "P", w);
    bool handout = g.facilitator() && g.session() && button(ui, fd::tr("Write the handout"), "H", w);
    bool title = button(ui, fd::tr("Back to the title screen"), "T", w);
    bool quit = button(ui, fd::tr("Quit"), "Q", w);
    if (g.facilitator()) {
        ImGui::Spacing();
        text(ui.fonts.body, color::kMuted,
             // No-break spaces keep each key with what it does when the line wraps.
             // TRANSLATORS: keep the no-break spaces (between a key and what it does).
             fd::tr("PgDn\u00a0/\u00a0\u2192\u00a0/\u00a0Space:\u00a0next    PgUp\u00a0/\u00a0\u2190:\u00a0back    "
                    "B:\u00a0blank    1\u20135\u00a0or\u00a0\u2191\u2193:\u00a0select    "
                    "+\u00a0/\u00a0\u2212:\u00a0votes    O:\u00a0play\u00a0selected"), w);
    }
    if ((resume || in.key(SDLK_ESCAPE) || in.key(SDLK_r)) && in.act()) ui.ask(Intent::of(Intent::CloseMenu));
    if ((toggle || in.key(SDLK_l)) && in.act()) ui.ask(Intent::with_switch(Intent::SetShowModes, !g.labels_shown()));
    if ((access || in.key(SDLK_a)) && in.act()) ui.ask(Intent::with_switch(Intent::MenuSettings, true));
    if ((notes || (g.facilitator() && in.key(SDLK_p))) && in.act()) {
        ui.ask(Intent::with_switch(Intent::SetPresenter, !g.overlays().presenter));
        ui.ask(Intent::of(Intent::CloseMenu));
    }
    if ((handout || (g.facilitator() && g.session() && in.key(SDLK_h))) && in.act()) {
        ui.ask(Intent::of(Intent::WriteHandout));
        ui.ask(Intent::of(Intent::CloseMenu));
    }
    if ((blank || (g.facilitator() && in.key(SDLK_b))) && in.act()) ui.ask(Intent::with_switch(Intent::SetBlank, true));
    if ((title || in.key(SDLK_t)) && in.act()) ui.ask(Intent::of(Intent::ToTitle));
    if (room && in.act()) ui.ask(Intent::of(Intent::ShowRoom));
    if ((quit || in.key(SDLK_q)) && in.act()) ui.ask(Intent::of(Intent::Quit));
    ImGui::EndPopup();
}

void draw_confirm_start(const Game& g, Ui& ui) {
    bool want = !g.overlays().pending_start.empty() && !g.overlays().error.open;
    if (!begin_modal("##confirm", want, modal_width(ui, 640))) return;
    Input& in = ui.input;
    float w = ImGui::GetContentRegionAvail().x;
    text(ui.fonts.heading, color::kText, fd::tr("Start a new game?"));
    text(ui.fonts.body, color::kText, fd::format_text(fd::tr("This replaces your unfinished game ({where}). The save before it is kept as a backup."), {{"where", g.library().save_info.where}}), w);
    ImGui::Spacing();
    bool yes = button(ui, fd::tr("Start a new game"), "Enter", w, true);
    bool no = button(ui, fd::tr("Cancel"), "Esc", w);
    if ((yes || in.key(SDLK_RETURN) || in.key(SDLK_KP_ENTER) || in.key(SDLK_y)) && in.act()) ui.ask(Intent::of(Intent::ConfirmStart));
    else if ((no || in.key(SDLK_ESCAPE) || in.key(SDLK_n)) && in.act()) ui.ask(Intent::of(Intent::CancelStart));
    ImGui::EndPopup();
}

void draw_error(const Game& g, Ui& ui) {
    if (!begin_modal("##error", g.overlays().error.open, modal_width(ui, 900))) return;
    Input& in = ui.input;
    float w = ImGui::GetContentRegionAvail().x;
    text(ui.fonts.heading, color::kBad, g.overlays().error.title);
    ImGui::Spacing();
    // Long diagnostic lists scroll; the message itself is FILE:LINE: what is wrong.
    float h = std::min(text_height(ui.fonts.body, g.overlays().error.message, w) + ui.u(8), ui.size.y * 0.5f);
    ImGui::BeginChild("##message", ImVec2(w, h), false, ImGuiWindowFlags_NoNav);
    text(ui.fonts.body, color::kText, g.overlays().error.message, w - ui.u(16));
    ImGui::EndChild();
    text(ui.fonts.small, color::kMuted,
         g.session() ? fd::tr("The story is exactly where it was before this happened; nothing was lost.")
                   : fd::tr("Fix the script and try again; the game reloads it when you save the file."), w);
    ImGui::Spacing();
    bool menu = button(ui, fd::tr("Back to the title screen"), "Enter", w, true);
    bool stay = button(ui, fd::tr("Stay here"), "Esc", w);
    if ((menu || in.key(SDLK_RETURN) || in.key(SDLK_KP_ENTER)) && in.act()) {
        ui.ask(Intent::of(Intent::CloseError));
        ui.ask(Intent::of(Intent::ToTitle));
    } else if ((stay || in.key(SDLK_ESCAPE)) && in.act()) {
        ui.ask(Intent::of(Intent::CloseError));
    }
    ImGui::EndPopup();
}

void draw_notices(const Game& g, Ui& ui) {
    // Bottom right, in the footer's strip, newest lowest: nothing to read is there
    // (the key hints are on the left). A long message grows upwards.
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    ImFont* f = ui.fonts.small;
    float max_w = std::min(ui.size.x * 0.45f, ui.u(520));
    float pad = ui.u(7);
    float bottom = ui.size.y - ui.u(6);
    for (auto it = g.overlays().notices.rbegin(); it != g.overlays().notices.rend(); ++it) {
        std::string msg = wrap_words(f, it->text, max_w);
        ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, msg.c_str());
        ImVec2 b(ui.size.x - ui.u(12), bottom);
        ImVec2 a(b.x - ts.x - 2 * pad, b.y - ts.y - 2 * pad);
        dl->AddRectFilled(a, b, it->good ? IM_COL32(36, 92, 60, 245) : IM_COL32(140, 40, 36, 245), ui.u(6));
        dl->AddText(f, f->FontSize, ImVec2(a.x + pad, a.y + pad), color::kText, msg.c_str());
        bottom = a.y - ui.u(6);
    }
}

void draw_reload_errors(const Game& g, Ui& ui) {
    if (g.reload().errors.empty() || g.overlays().blank) return;
    float w = std::min(ui.size.x - ui.u(40), ui.u(1100));
    ImGui::SetNextWindowPos(ImVec2((ui.size.x - w) * 0.5f, ui.u(12)));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(110, 28, 28, 240));
    ImGui::Begin("##reload_errors", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoNav |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings);
    text(ui.fonts.bold, color::kText, fd::tr("Your edit has errors: the game keeps playing the previous version until they are fixed."));
    text(ui.fonts.small, color::kText, g.reload().last_error_text(), w - ui.u(32));
    ImGui::End();
    ImGui::PopStyleColor();
}

void draw_font_notice(const Game& g, Ui& ui) {
    if (!ui.fonts.fallback || g.overlays().blank) return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    std::string msg = fd::format_text(fd::tr("Font not found: {font}. Using ImGui's built-in font (accents and \u00a3 may not show); "
                                             "install fonts-dejavu-core."),
                                      {{"font", ui.fonts.missing}});
    ImFont* f = ui.fonts.small;
    msg = wrap_words(f, msg, ui.size.x - ui.u(40));
    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, msg.c_str());
    dl->AddRectFilled(ImVec2(0, ui.size.y - ts.y - ui.u(16)), ui.size, IM_COL32(120, 80, 20, 240));
    dl->AddText(f, f->FontSize, ImVec2(ui.u(12), ui.size.y - ts.y - ui.u(8)), color::kText, msg.c_str());
}

}  // namespace fdg
