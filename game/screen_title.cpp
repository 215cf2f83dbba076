// The title screen (new game, continue, choose an encounter, settings, quit),
// the encounter chooser and the settings.
#include <algorithm>
#include <cfloat>
#include <cstring>

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "scene.hpp"
#include "screens.hpp"
#include "game_language.hpp"
#include "theme.hpp"
#include "diagnostic_text.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

// A centred column, as wide as reads comfortably.
float column(Ui& ui, float units) {
    float w = std::min(ui.size.x - ui.u(48), ui.u(units));
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    return w;
}

void warning_box(Ui& ui, const std::string& title, const std::string& body, float w) {
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    Card c = begin_card(w, ui.u(12));
    text(ui.fonts.bold, color::kText, title, w - 2 * c.pad);
    text(ui.fonts.small, color::kText, body, w - 2 * c.pad);
    end_card(c, IM_COL32(96, 40, 30, 255));
}

// The campaign under the game's name: "Your First Month", not "Front Door: Your First Month".
std::string campaign_subtitle(const Game& g) {
    if (!g.library().main_story) return fd::tr("The story could not be loaded");
    const std::string& t = g.library().main_story->title;
    for (const char* prefix : {"Front Door: ", "Front Door \u2014 ", "Front Door - "})
        if (t.rfind(prefix, 0) == 0 && t.size() > std::strlen(prefix)) return t.substr(std::strlen(prefix));
    return t == "Front Door" ? "" : t;
}

// Each mode has its own save; say when the other one holds a game, and how to reach it.
void other_save_note(const Game& g, Ui& ui, float w) {
    if (g.library().save_info.other_where.empty()) return;
    std::string note = g.facilitator()
                           ? fd::format_text(fd::tr("A player's own game is saved too ({where}). Press F to leave facilitator mode and continue it."),
                                             {{"where", g.library().save_info.other_where}})
                           : fd::format_text(fd::tr("A workshop session is saved ({where}). Press F for facilitator mode to resume it."),
                                             {{"where", g.library().save_info.other_where}});
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    text_centered(ui.fonts.small, color::kAccent, note, w);
    ImGui::Dummy(ImVec2(0, ui.u(2)));
}

}  // namespace

// The screen's content from `top` down to the footer, scrolling when large text
// or a small window makes it taller than that (the focus scrolls into view); what
// is drawn above `top` (the screen's heading) stays in view.
void begin_body(Ui& ui, float top, float footer) {
    ImGui::SetCursorPos(ImVec2(0, top));
    ImGui::BeginChild("##body", ImVec2(ui.size.x, ui.size.y - top - footer), false, ImGuiWindowFlags_NavFlattened);
}

float footer_height(Ui& ui) { return ui.fonts.small->FontSize + ui.u(30); }

namespace {

// The title's picture: a street of front doors at dusk behind the menu, down to the footer.
void title_scene(const Game& g, Ui& ui) {
    ImVec2 at = ImGui::GetWindowPos(), end(at.x + ui.size.x, at.y + ui.size.y - footer_height(ui));
    draw_scene(ImGui::GetWindowDrawList(), at, end, Scene::Street, g.settings().high_contrast);
    ui.scene = scene_name(Scene::Street);
    ui.scene_rect = ImVec4(at.x, at.y, end.x, end.y);
}

// The menu's solid panel, drawn in the screen's window under its heading (what
// was drawn since `split`, channel 1) and under the body (a child window, drawn
// after), from `top` to `bottom`, `w` wide plus `pad` each side, in the middle.
void title_panel(Ui& ui, ImDrawListSplitter& split, float top, float bottom, float w, float pad) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = ImGui::GetWindowPos().x + (ui.size.x - w) * 0.5f - pad;
    split.SetCurrentChannel(dl, 0);
    dl->AddRectFilled(ImVec2(x, top), ImVec2(x + w + 2 * pad, bottom), color::kPanel, pad * 0.6f);
    dl->AddRect(ImVec2(x, top), ImVec2(x + w + 2 * pad, bottom), color::kPanelEdge, pad * 0.6f, 0, std::max(1.0f, ui.u(1)));
    split.Merge(dl);
}

}  // namespace

void screen_title(const Game& g, Ui& ui) {
    begin_screen("##title");
    Input& in = ui.input;
    title_scene(g, ui);
    // A projector's text is twice the size: a wider column and less air, so all of it fits.
    ImGui::SetCursorPosY(std::max(ui.u(20), ui.size.y * (g.facilitator() ? 0.03f : 0.07f)));
    float w = column(ui, g.facilitator() ? 760 : 620);
    // Everything on a solid panel over the street (its own splitter: the heading over it).
    float pad = ui.u(g.facilitator() ? 12 : 20);
    ImDrawListSplitter split;
    split.Split(ImGui::GetWindowDrawList(), 2);
    split.SetCurrentChannel(ImGui::GetWindowDrawList(), 1);
    float panel_top = ImGui::GetCursorScreenPos().y - pad * 0.75f;
    // The game's name stays in view; the rest scrolls under it when it does not fit
    // (large text, a small window), and back from Settings the focus scrolls, not the name.
    text_centered(ui.fonts.title, color::kAccent, "Front Door", w, "game_title");
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    text_centered(ui.fonts.heading, color::kText, campaign_subtitle(g), w);
    begin_body(ui, ImGui::GetCursorPosY(), footer_height(ui));
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    if (g.facilitator())  // the facilitator introduces the game to the room
        text_centered(ui.fonts.bold, color::kAccent, fd::tr("Facilitator mode: the room votes, you drive"), w);
    else
        text_centered(ui.fonts.small, color::kMuted,
                      fd::tr("Conflict at the counter: answer each customer in one of five ways, and see what it does."), w);
    ImGui::Dummy(ImVec2(0, ui.u(g.facilitator() ? 2 : 10)));

    if (!g.library().save_info.problem.empty())
        warning_box(ui, fd::tr("Your saved game was damaged"), g.library().save_info.problem, w);
    if (!g.library().main_errors.empty()) {
        warning_box(ui, fd::tr("The story has errors (fix the file: it reloads by itself)"), fd::errors_text(g.library().main_errors), w);
    }

    // The name the debrief and the saves use.
    // On a projector the label sits beside the field (a line less); at a desk, above it.
    const char* label = g.facilitator() ? fd::tr("Group or workshop name") : fd::tr("Your name");
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    float field_w = w;
    if (g.facilitator()) {
        ImGui::AlignTextToFramePadding();
        field_w -= ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, label).x + ui.u(12);
    }
    text(ui.fonts.bold, color::kText, label);
    if (g.facilitator()) ImGui::SameLine(0, ui.u(12));
    else ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    ImGui::SetNextItemWidth(field_w);
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);  // Tab moves the focus; Enter on the field types
    std::string name = g.library().player_name;
    std::string hint = player_label(g.default_player());
    bool entered = ImGui::InputTextWithHint("##name", hint.c_str(), &name,
                                            ImGuiInputTextFlags_EnterReturnsTrue);
    if (name != g.library().player_name) ui.ask(Intent::with_text(Intent::SetName, name));
    ImGui::PopItemFlag();
    // Tab while typing the name goes on to the email field (ImGui never sees Tab: app.cpp).
    bool tab_on = ImGui::IsItemActive() && ui.input.key_raw(SDLK_TAB);
    if (ImGui::IsItemFocused() && nav_visible() && !ImGui::IsItemActive())
        ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), color::kFocus, ui.u(5), 0,
                                            ui.u(3));
    if (tab_on && !g.facilitator()) ImGui::SetKeyboardFocusHere();  // the next field: the email's
    records_title_fields(g, ui, w);
    ImGui::Dummy(ImVec2(0, ui.u(4)));

    other_save_note(g, ui, w);
    // A projector's buttons sit closer together, so all six fit at 1080p.
    if (g.facilitator()) ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.u(10), ui.u(4)));
    bool has_save = g.library().save_info.game.has_value();
    bool cont = false;
    if (has_save) {
        ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
        std::string label = fd::format_text(fd::tr("Continue: {where}"), {{"where", g.library().save_info.where}});
        cont = button(ui, label.c_str(), "C", w, true);
    }
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    bool fresh = button(ui, fd::tr("New game"), "N", w, !has_save);
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    bool choose = button(ui, fd::tr("Choose an encounter"), "E", w);
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    bool settings = button(ui, fd::tr("Settings"), "S", w);
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    bool records = !g.facilitator() && button(ui, fd::tr("Records"), "R", w);
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    std::string fac = g.facilitator() ? fd::tr("Facilitator mode: on") : fd::tr("Facilitator mode: off");
    bool facil = button(ui, fac.c_str(), "F", w);
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    bool quit = button(ui, fd::tr("Quit"), "Q", w);
    if (g.facilitator()) ImGui::PopStyleVar();

    if (!g.overlay_open()) {
        // Enter with no focus ring showing means the main button: Continue, else New game.
        bool enter = (in.key(SDLK_RETURN) || in.key(SDLK_KP_ENTER)) && !nav_visible();
        if ((cont || (has_save && in.key(SDLK_c)) || (enter && has_save)) && in.act()) ui.ask(Intent::of(Intent::ContinueGame));
        if ((fresh || entered || in.key(SDLK_n) || (enter && !has_save)) && in.act()) ui.ask(Intent::of(Intent::NewGame));
        if ((choose || in.key(SDLK_e)) && in.act()) ui.ask(Intent::of(Intent::OpenChooser));
        if ((settings || in.key(SDLK_s)) && in.act()) ui.ask(Intent::of(Intent::OpenSettings));
        if ((records || (!g.facilitator() && in.key(SDLK_r))) && in.act()) ui.ask(Intent::of(Intent::OpenRecords));
        if ((facil || in.key(SDLK_f)) && in.act()) ui.ask(Intent::with_switch(Intent::SetFacilitator, !g.facilitator()));
        if ((quit || in.key(SDLK_q)) && in.act()) ui.ask(Intent::of(Intent::Quit));
    }
    float panel_bottom = std::min(ImGui::GetCursorScreenPos().y + pad * 0.5f, ImGui::GetWindowPos().y + ImGui::GetWindowHeight());
    ImGui::Dummy(ImVec2(0, ui.u(g.facilitator() ? 1 : 8)));
    ImGui::EndChild();
    title_panel(ui, split, panel_top, panel_bottom, w, pad);
    // Only what can be done: C continues only when there is a save.
    footer_hints(ui, has_save ? fd::tr("Tab/\u2191\u2193|move;Enter|choose;N|new game;C|continue;F11|full screen;V|read aloud")
                              : fd::tr("Tab/\u2191\u2193|move;Enter|choose;N|new game;F11|full screen;V|read aloud"));
    end_screen();
}

void screen_chooser(const Game& g, Ui& ui) {
    begin_screen("##chooser");
    Input& in = ui.input;
    ImGui::SetCursorPosY(ui.u(24));
    float w = column(ui, 900);
    text(ui.fonts.title, color::kAccent, fd::tr("Choose an encounter"));
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    text(ui.fonts.small, color::kMuted, fd::tr("Play one on its own, or the whole campaign. It replaces your saved game."), w);
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    float list_h = ui.size.y - ImGui::GetCursorPosY() - ui.u(64);
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    ImGui::BeginChild("##list", ImVec2(w, list_h), false, ImGuiWindowFlags_NavFlattened);
    int picked = -1;
    for (std::size_t i = 0; i < g.library().chooser.size(); ++i) {
        const ChooserEntry& e = g.library().chooser[i];
        std::string label = e.title + (e.detail.empty() ? "" : "\n" + e.detail);
        int n = static_cast<int>(i) + 1;
        if (answer_button(ui, n, nullptr, 0, label, w - ui.u(20))) picked = static_cast<int>(i);
        if (n <= 9 && in.key(SDLK_0 + n)) picked = static_cast<int>(i);
    }
    ImGui::EndChild();
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    bool back = button(ui, fd::tr("Back"), "Esc", 0);
    if (picked >= 0 && !g.overlay_open() && in.act())
        ui.ask(Intent::with_text(Intent::Start, g.library().chooser[static_cast<std::size_t>(picked)].path));
    if (back && in.act()) ui.ask(Intent::of(Intent::BackToTitle));
    end_screen();
}

void screen_settings(const Game& g, Ui& ui) {
    begin_screen("##settings");
    Input& in = ui.input;
    ImGui::SetCursorPosY(ui.u(24));
    float w = column(ui, 720);
    // The heading stays in view while the rows scroll under it (Back, the main button, is last).
    text_as("screen_title", ui.fonts.title, color::kAccent, fd::tr("Settings"));
    begin_body(ui, ImGui::GetCursorPosY() + ui.u(8), 0);
    auto row = [&](const std::string& label, const char* key, bool primary = false) {
        ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
        return button(ui, label.c_str(), key, w, primary);
    };
    bool labels = row(g.settings().show_modes ? fd::tr("Show each answer's mode: yes") : fd::tr("Show each answer's mode: no (judge from the words)"), "L");
    accessibility_settings(g, ui, (ui.size.x - w) * 0.5f, w, !g.overlay_open());
    bool fac = row(g.facilitator() ? fd::tr("Facilitator mode: on") : fd::tr("Facilitator mode: off"), "F");
    bool full = row(g.window().fullscreen ? fd::tr("Full screen: on") : fd::tr("Full screen: off"), "F11");
    bool intro = row(fd::tr("Show the introduction"), "I");
    bool lang = row(fd::format_text(fd::tr("Language: {name}"), {{"name", language_name(current_language().empty() ? "en" : current_language())}}), "G");
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    std::string kept = g.settings_dir() == g.save_dir()
                           ? fd::format_text(fd::tr("Saves and settings are kept in {dir}"), {{"dir", g.save_dir()}})
                           : fd::format_text(fd::tr("Saves are kept in {saves}, settings in {settings}"), {{"saves", g.save_dir()}, {"settings", g.settings_dir()}});
    text(ui.fonts.small, color::kMuted, kept, w);
    bool back = row(fd::tr("Back"), "Esc", true);
    if (!g.overlay_open()) {
        if ((labels || in.key(SDLK_l)) && in.act()) ui.ask(Intent::with_switch(Intent::SetShowModes, !g.settings().show_modes));
        if ((fac || in.key(SDLK_f)) && in.act()) ui.ask(Intent::with_switch(Intent::SetFacilitator, !g.facilitator()));
        if (full && in.act()) ui.ask(Intent::with_switch(Intent::SetFullscreen, !g.window().fullscreen));
        if ((intro || in.key(SDLK_i)) && in.act()) ui.ask(Intent::of(Intent::ShowIntro));
        if ((lang || in.key(SDLK_g)) && in.act()) ui.ask(Intent::with_text(Intent::SetLanguage, next_language(current_language())));
        if (back && in.act()) ui.ask(Intent::of(Intent::BackToTitle));
    }
    ImGui::Dummy(ImVec2(0, ui.u(8)));
    ImGui::EndChild();
    end_screen();
}

}  // namespace fdg
