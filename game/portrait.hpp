// The customer's face, drawn with ImGui's draw lists: skin, hair, age, glasses
// and headwear from the script's `look` (each word the script leaves out comes
// from the customer's name, so they look the same every time; an older customer
// by their role or life), and the brows, eyes and mouth from their mood.
#pragma once
#include <string>

#include <imgui.h>

#include "encounter.hpp"

namespace fdg {

// The look the portrait draws: the script's words, every gap filled from the name.
fd::Look look_for(const fd::Customer& c);

// `mood` is a position on the engine's mood scale, 0 (furious) .. 7 (delighted);
// fractions blend two expressions while a change animates.
void draw_portrait(ImDrawList* dl, ImVec2 top_left, float size, const fd::Customer& c, float mood);

}  // namespace fdg
