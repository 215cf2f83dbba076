// The Thomas-Kilmann plane: assertiveness across, cooperativeness up, the five
// modes where the engine places them, how often each was chosen, and the
// player's (or the room's) mean position.
#pragma once
#include <imgui.h>

#include "profile.hpp"
#include "widgets.hpp"

namespace fdg {

void draw_profile_plane(Ui& ui, ImVec2 top_left, float size, const fd::Profile& p, const char* who);

}  // namespace fdg
