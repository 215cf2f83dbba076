// The pieces every screen is built from, sized from the body text so that
// every screen re-lays itself out from the window size on every frame.
#pragma once
#include <string>
#include <vector>

#include <imgui.h>

#include "fonts.hpp"
#include "input.hpp"
#include "intent.hpp"
#include "wrap_text.hpp"

namespace fdg {

struct Ui {
    Fonts fonts;
    Input input;
    ImVec2 size;            // the window, in pixels
    bool facilitator = false;
    // What the screens drawn so far asked for, in order; the app loop applies
    // them to the game (Game::apply) after each screen or overlay.
    std::vector<Intent> asked;
    std::string footer;     // the last footer's hints, "Key|what;..." (--state-json)
    std::string scene;      // the scene drawn this frame ("" none) and where (--state-json)
    ImVec4 scene_rect;
    void ask(Intent i) { asked.push_back(std::move(i)); }
    float u(float units) const { return units * fonts.body_px / 20.0f; }  // layout unit, 1 = 1px at 20px text
    float line() const { return ImGui::GetTextLineHeightWithSpacing(); }
};

// A full-window, undecorated ImGui window for one screen.
void begin_screen(const char* id, ImU32 background = 0, ImGuiWindowFlags extra = 0);
void end_screen();

// Wrapped text in a font and colour, up to `wrap_x` (window-local; 0: the content edge).
void text(ImFont* font, ImU32 color, const std::string& s, float wrap_width = -1);
// The same, named for the layout probe ("speech": the customer's line).
void text_as(const char* kind, ImFont* font, ImU32 color, const std::string& s, float wrap_width = -1);
void text_centered(ImFont* font, ImU32 color, const std::string& s, float width, const char* kind = "text");
float text_height(ImFont* font, const std::string& s, float wrap_width);

// A button that also answers Enter when it has the keyboard focus (ImGui 1.86
// only activates with Space). `hint` is the shortcut shown at its right.
bool button(Ui& ui, const char* label, const char* hint = nullptr, float width = 0, bool primary = false);

// One answer: a numbered, wrapped, full-width button with an optional mode tag.
struct AnswerLayout {
    float pad, badge, column, left, wrap;
    ImVec2 size;
};
AnswerLayout answer_layout(Ui& ui, bool with_mode, const std::string& says, float width);
bool answer_button(Ui& ui, int number, const char* mode, ImU32 mode_col, const std::string& says, float width,
                   bool selected = false);

// A labelled 0..100 bar; `value` may be mid-animation. `good_high`: green when high.
void meter(Ui& ui, const char* label, float value, float width, bool good_high, const char* note = nullptr);

// A rounded panel behind what is drawn between begin_panel and end_panel;
// `scroll`: its content is taller than the panel (a scrollbar shows).
void begin_panel(const char* id, ImVec2 size, ImU32 color, float padding, bool scroll = false);
void end_panel();

// A rounded card around whatever is drawn between begin_card and end_card,
// sized to its content (the background is drawn afterwards, underneath).
struct Card {
    ImVec2 start;
    float width = 0, pad = 0;
};
Card begin_card(float width, float pad);
void end_card(const Card& c, ImU32 color, ImU32 edge = 0);

// "Space continue · Esc menu": hints in small muted text along the bottom edge.
void footer_hints(Ui& ui, const std::string& hints);

bool nav_visible();  // the keyboard focus rectangle is showing

}  // namespace fdg
