// The accessibility settings (text size, reduced motion, high contrast, the
// dyslexia-friendly font, self-voicing): one set of rows for the Settings screen
// and the Esc menu's accessibility page, each change asked as an intent (the game
// saves it and the next frame applies it).
#include <cstdio>
#include <string>

#include <imgui.h>

#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

void accessibility_settings(const Game& g, Ui& ui, float x, float w, bool keys) {
    Input& in = ui.input;
    const Settings& s = g.settings();
    auto row = [&](const std::string& label, const char* key) {
        ImGui::SetCursorPosX(x);
        return button(ui, label.c_str(), key, w);
    };
    std::string size = fd::format_text(fd::tr("Text size: {percent}"), {{"percent", std::to_string(static_cast<int>(s.text_scale * 100 + 0.5f)) + "%"}});
    ImGui::SetCursorPosX(x);
    text(ui.fonts.bold, color::kText, size);
    ImGui::SetCursorPosX(x);
    bool smaller = button(ui, fd::tr("Smaller"), "\u2212", (w - ui.u(10)) * 0.5f);
    ImGui::SameLine(0, ui.u(10));
    bool larger = button(ui, fd::tr("Larger"), "+", (w - ui.u(10)) * 0.5f);
    bool motion = row(s.reduced_motion ? fd::tr("Reduced motion: on (meters jump)") : fd::tr("Reduced motion: off"), "M");
    bool contrast = row(s.high_contrast ? fd::tr("High contrast: on") : fd::tr("High contrast: off"), "H");
    bool dys = row(fd::format_text(fd::tr("Font: {font}"), {{"font", s.dyslexic_font ? "OpenDyslexic" : "DejaVu Sans"}}), "D");
    bool voice = row(s.self_voicing ? fd::tr("Self-voicing: on (focus read aloud)") : fd::tr("Self-voicing: off (V reads once)"), "S");
    if (!keys) return;
    // One change per frame (Input::act): the first control pressed wins.
    if ((smaller || in.key(SDLK_MINUS) || in.key(SDLK_KP_MINUS)) && in.act())
        ui.ask(Intent::text_scale(s.text_scale - 0.1f));
    if ((larger || in.any({SDLK_PLUS, SDLK_EQUALS, SDLK_KP_PLUS})) && in.act())
        ui.ask(Intent::text_scale(s.text_scale + 0.1f));
    if ((motion || in.key(SDLK_m)) && in.act())
        ui.ask(Intent::with_switch(Intent::SetReducedMotion, !s.reduced_motion));
    if ((contrast || in.key(SDLK_h)) && in.act())
        ui.ask(Intent::with_switch(Intent::SetHighContrast, !s.high_contrast));
    if ((dys || in.key(SDLK_d)) && in.act()) ui.ask(Intent::with_switch(Intent::SetDyslexicFont, !s.dyslexic_font));
    if ((voice || in.key(SDLK_s)) && in.act()) ui.ask(Intent::with_switch(Intent::SetSelfVoicing, !s.self_voicing));
}

}  // namespace fdg
