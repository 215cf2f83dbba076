// Measured, wrapped text at a step of the font's size (see fit_text.hpp).
#include "fit_text.hpp"

#include <algorithm>
#include <cfloat>

#include "widgets.hpp"

namespace fdg {

FitText fit_text(ImFont* font, float scale, const std::string& s, float width) {
    // Text grows linearly with the size: wrapping at `width` when drawn `scale` times
    // the size is wrapping at width / scale at the font's own size.
    float w = width / scale;
    FitText t;
    t.lines = wrap_words(font, s, w);
    ImVec2 sz = font->CalcTextSizeA(font->FontSize, FLT_MAX, w + 1, t.lines.c_str());
    t.size = ImVec2(sz.x * scale, sz.y * scale);
    return t;
}

void draw_fit_text(ImDrawList* dl, ImFont* font, float scale, ImVec2 at, ImU32 color, const FitText& t) {
    dl->AddText(font, font->FontSize * scale, at, color, t.lines.c_str(), nullptr, t.size.x + 1);
}

float min_fit_px(ImVec2 size) {
    float k = std::min(size.x / 1920.0f, size.y / 1080.0f);
    return 0.8f * std::max(16.0f, 42.0f * k) - 0.01f;  // as body_px_for at scale 1 (fonts.cpp)
}

namespace {
std::map<std::string, FitRecord>& records() {
    static std::map<std::string, FitRecord> r;
    return r;
}
}  // namespace

void record_fit(const std::string& screen, bool fits, float text_px, int columns) {
    FitRecord& r = records()[screen];
    r.fits = r.fits && fits;
    r.smallest_px = r.frames == 0 ? text_px : std::min(r.smallest_px, text_px);
    r.columns = std::max(r.columns, columns);
    ++r.frames;
}

const std::map<std::string, FitRecord>& fit_records() { return records(); }

}  // namespace fdg
