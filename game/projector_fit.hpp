// The projector pages' text at a fitted step of its size (fit_text.hpp), for
// pages that lay themselves out to fit above their "▶ next" line: measure a
// piece at a step, draw it at the cursor (measured by the layout probe too).
#pragma once
#include <string>
#include <vector>

#include <imgui.h>

#include "widgets.hpp"

namespace fdg {

// The steps of text size a projector page may take in this window, largest first.
std::vector<float> projector_steps(const Ui& ui);
// How tall fit_line draws `s` at `scale` in `width`, with the item spacing after it
// (the spacing shrinks with the step too).
float fit_height(ImFont* font, float scale, const std::string& s, float width);
// `s` at the cursor, `scale` times the font's size, wrapped at `width`; moves the cursor below it.
void fit_line(ImFont* font, float scale, ImU32 color, const std::string& s, float width);
// A gap of `px` between pieces, shrinking with the step; fit_gap_height is what it takes.
void fit_gap(float px, float scale);
float fit_gap_height(float px, float scale);

}  // namespace fdg
