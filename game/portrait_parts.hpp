// The parts of a portrait that come from the customer's look (hair, headwear,
// glasses, lines of age) and the shape helpers both portrait files draw with.
#pragma once
#include <cstdint>
#include <string>

#include <imgui.h>

#include "encounter.hpp"

namespace fdg::portrait {

// Where the head sits: `c` is the centre of the face, `s` the portrait's size.
struct Head {
    ImDrawList* dl;
    ImVec2 c;
    float s;
    ImVec2 at(float dx, float dy) const { return ImVec2(c.x + dx * s, c.y + dy * s); }
};

std::uint32_t hash(const std::string& s);
ImU32 blend(ImU32 a, ImU32 b, float t);
void ellipse(ImDrawList* dl, ImVec2 c, float rx, float ry, ImU32 col, int segments = 40);
// The arc of an ellipse from angle `from` to `to` (radians, y down: pi..2pi is the
// top half), closed by its chord: a cap of hair, a hairline, a band.
void segment(ImDrawList* dl, ImVec2 c, float rx, float ry, float from, float to, ImU32 col);

ImU32 skin_colour(const std::string& skin);
ImU32 hair_colour(const std::string& hair);
// Brows: darker than the hair, and never lost against the skin when the hair is white.
ImU32 brow_colour(const fd::Look& look);

// Drawn before the face: hair that falls behind the head, a scarf around it.
void draw_behind_head(const Head& h, const fd::Look& look, const std::string& name);
// Drawn over the face: the hairline, then any headwear.
void draw_hair(const Head& h, const fd::Look& look);
void draw_headwear(const Head& h, const fd::Look& look, const std::string& name);
void draw_age_lines(const Head& h, const fd::Look& look, ImU32 skin);
void draw_glasses(const Head& h, const fd::Look& look);

}  // namespace fdg::portrait
