// The accessibility settings (text size, reduced motion, high contrast, the
// dyslexia-friendly font, self-voicing): one set of rows for the Settings screen
// and the Esc menu's accessibility page, each change asked as an intent (the game
// saves it and the next frame applies it).
#include <cstdio>
#include <string>

#include <imgui.h>

#include "screens.hpp"
#include "theme.hpp"

namespace fdg {

void accessibility_settings(const Game& g, Ui& ui, float x, float w, bool keys) {
    Input& in = ui.input;
    const Settings& s = g.settings();
    auto row = [&](const std::string& label, const char* key) {
        ImGui::SetCursorPosX(x);
        return button(ui, label.c_str(), key, w);
    };
    char size[64];
    std::snprintf(size, sizeof size, "Text size: %d%%", static_cast<int>(s.text_scale * 100 + 0.5f));
    ImGui::SetCursorPosX(x);
    text(ui.fonts.bold, color::kText, size);
    ImGui::SetCursorPosX(x);
    bool smaller = button(ui, "Smaller", "\u2212", (w - ui.u(10)) * 0.5f);
    ImGui::SameLine(0, ui.u(10));
    bool larger = button(ui, "Larger", "+", (w - ui.u(10)) * 0.5f);
    bool motion = row(std::string("Reduced motion: ") + (s.reduced_motion ? "on (meters jump)" : "off"), "M");
    bool contrast = row(std::string("High contrast: ") + (s.high_contrast ? "on" : "off"), "H");
    bool dys = row(std::string("Font: ") + (s.dyslexic_font ? "OpenDyslexic" : "DejaVu Sans"), "D");
    bool voice = row(std::string("Self-voicing: ") + (s.self_voicing ? "on (focus read aloud)" : "off (V reads once)"),
                     "S");
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
