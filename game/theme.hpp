// Colours and words the screens share: one palette, high contrast, and the
// same colour for a mode or an outcome wherever it appears.
#pragma once
#include <string>

#include <imgui.h>

#include "mode.hpp"
#include "text.hpp"

namespace fdg {

namespace color {
// The palette in use: set_palette() switches between the standard and the high-contrast one.
inline ImU32 kBackground = IM_COL32(20, 24, 33, 255);
inline ImU32 kPanel = IM_COL32(33, 39, 53, 255);
inline ImU32 kPanelEdge = IM_COL32(70, 80, 102, 255);
inline ImU32 kText = IM_COL32(242, 242, 236, 255);
inline ImU32 kMuted = IM_COL32(178, 186, 200, 255);
inline ImU32 kAccent = IM_COL32(255, 196, 87, 255);
inline ImU32 kGood = IM_COL32(118, 214, 140, 255);
inline ImU32 kBad = IM_COL32(255, 120, 110, 255);
inline ImU32 kFocus = IM_COL32(255, 214, 102, 255);
inline ImU32 kSpeech = IM_COL32(46, 56, 78, 255);
inline ImU32 kButton = IM_COL32(45, 54, 74, 255);
inline ImU32 kButtonHover = IM_COL32(62, 74, 100, 255);
inline ImU32 kButtonActive = IM_COL32(38, 46, 64, 255);  // pressed in: darker, so every label keeps its contrast
inline ImU32 kChip = IM_COL32(30, 34, 44, 255);  // under a consequence's chips ("Trust +2")
}  // namespace color

ImU32 mode_color(fd::Mode m);
const char* mode_label(fd::Mode m);         // "Collaborate"
const char* mode_summary(fd::Mode m);       // "assertive and cooperative"
ImU32 outcome_color(const std::string& outcome);
std::string outcome_label(const std::string& outcome);  // "Won back"
std::string mood_label(const std::string& mood);        // "Wary", in the player's language
ImU32 mood_color(const std::string& mood);

ImVec4 to_vec4(ImU32 c);
// The standard palette, or high contrast (black, white, bright edges) for low vision.
void set_palette(bool high_contrast);
// Applies the palette and sizes (in pixels of body text) to ImGui's style.
void apply_theme(float body_px, bool facilitator);

}  // namespace fdg
