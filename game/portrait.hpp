// The customer's face, drawn with ImGui's draw lists: skin, hair and clothes
// come from their name and role (so each customer looks the same every time;
// grey hair when their role or life says they are older), and the brows, eyes
// and mouth follow their mood.
#pragma once
#include <string>

#include <imgui.h>

namespace fdg {

// `mood` is a position on the engine's mood scale, 0 (furious) .. 7 (delighted);
// fractions blend two expressions while a change animates.
void draw_portrait(ImDrawList* dl, ImVec2 top_left, float size, const std::string& name, const std::string& role,
                   const std::string& life, float mood);

}  // namespace fdg
