// Measured, wrapped text at a step of the font's size (see fit_text.hpp).
#include "fit_text.hpp"

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

}  // namespace fdg
