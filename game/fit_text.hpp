// Text for screens that must fit a projector without scrolling: wrapped and
// measured at a step of the font's size, and the steps a screen may take
// (never below 0.8 of body text: 42 px at 1080p gives an em of 28.8 px).
#pragma once
#include <string>

#include <imgui.h>

namespace fdg {

constexpr float kFitSteps[] = {1.0f, 0.9f, 0.8f};

struct FitText {
    std::string lines;  // with the line breaks where it wraps
    ImVec2 size;        // at the step's size
};

// `s` wrapped at `width` pixels when drawn at `scale` x the font's size.
FitText fit_text(ImFont* font, float scale, const std::string& s, float width);
void draw_fit_text(ImDrawList* dl, ImFont* font, float scale, ImVec2 at, ImU32 color, const FitText& t);

}  // namespace fdg
