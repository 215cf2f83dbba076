// The place an encounter happens in, drawn by the game with ImGui's draw lists:
// one calm scene per sector (a shop's counter and shelves, a hotel desk with its
// key rack, a café counter, an airport gate, a clinic's waiting room, a bank
// counter, a support desk with headset and screens) and, for the title screen,
// a street of front doors. Scenes are still pictures (nothing moves, so they
// cost nothing while the game waits and need nothing for reduced motion) and
// never carry text: screens put their text on solid panels beside or over them.
// In high contrast a scene is drawn as plain outlines on black.
#pragma once
#include <string>

#include <imgui.h>

namespace fdg {

enum class Scene { Street, Retail, Hotel, Cafe, Travel, Health, Finance, Support };

// The scene for an encounter's setting: its sector ("hospitality", or a word
// like "hotel" the vocabulary knows), with the place telling a café from a hotel.
Scene scene_for(const std::string& sector, const std::string& place);
const char* scene_name(Scene s);  // "retail", "cafe", ... (--state-json, tests)

// Draws `s` filling `min`..`max` (screen pixels) on `dl`, clipped to it.
// `high_contrast`: outlines only, on black.
void draw_scene(ImDrawList* dl, ImVec2 min, ImVec2 max, Scene s, bool high_contrast);

}  // namespace fdg
