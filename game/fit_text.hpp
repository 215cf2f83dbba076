// Text for screens that must fit a projector without scrolling: wrapped and
// measured at a step of the font's size, and the steps a screen may take
// (never below 0.8 of the default body text: 42 px at 1080p, an em of 28.8 px).
#pragma once
#include <map>
#include <string>

#include <imgui.h>

namespace fdg {

constexpr float kFitSteps[] = {1.0f, 0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f};

// The smallest text a fitted screen may draw in a window of `size`: 0.8 of the
// projector's body size at the default text scale, so a larger text scale (the
// settings' 2x) can step down to it, and the default never goes below it.
float min_fit_px(ImVec2 size);

struct FitText {
    std::string lines;  // with the line breaks where it wraps
    ImVec2 size;        // at the step's size
};

// `s` wrapped at `width` pixels when drawn at `scale` x the font's size.
FitText fit_text(ImFont* font, float scale, const std::string& s, float width);
void draw_fit_text(ImDrawList* dl, ImFont* font, float scale, ImVec2 at, ImU32 color, const FitText& t);

// What each fitted screen managed, the worst over the run (for --state-json and
// the fit test): whether everything fitted without scrolling, the smallest text
// drawn (px) and the most columns used.
struct FitRecord {
    bool fits = true;
    float smallest_px = 0;
    int columns = 1;
    long frames = 0;
};
void record_fit(const std::string& screen, bool fits, float text_px, int columns);
const std::map<std::string, FitRecord>& fit_records();

}  // namespace fdg
