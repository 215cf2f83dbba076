// The look's parts of a portrait: skin and hair colours, hair styles, headwear,
// glasses and lines of age, each from the words of vocabulary.hpp's look_values.
#include "portrait_parts.hpp"

#include <cmath>

namespace fdg::portrait {

namespace {

constexpr float kPi = 3.14159265f;

struct Named {
    const char* word;
    ImU32 colour;
};

ImU32 find(const Named* table, int n, const std::string& word, ImU32 fallback) {
    for (int i = 0; i < n; ++i)
        if (word == table[i].word) return table[i].colour;
    return fallback;
}

// A braid: a chain of small beads from the temple to the shoulder.
void braid(const Head& h, float side, ImU32 col, ImU32 shade) {
    for (int i = 0; i < 7; ++i) {
        ImVec2 p = h.at(side * (0.29f + 0.01f * i), 0.02f + 0.075f * i);
        h.dl->AddCircleFilled(p, h.s * 0.042f, col, 12);
        h.dl->AddCircle(p, h.s * 0.042f, shade, 12, h.s * 0.006f);
    }
}

ImU32 headwear_colour(const std::string& headwear, const std::string& name) {
    static const ImU32 kScarves[] = {IM_COL32(38, 110, 120, 255), IM_COL32(120, 60, 110, 255),
                                     IM_COL32(40, 60, 120, 255), IM_COL32(170, 80, 80, 255)};
    static const ImU32 kCaps[] = {IM_COL32(200, 70, 60, 255), IM_COL32(50, 90, 160, 255),
                                  IM_COL32(60, 60, 66, 255), IM_COL32(90, 130, 70, 255)};
    std::uint32_t k = hash(name) / 13 % 4;
    if (headwear == "turban") return IM_COL32(200, 130, 40, 255);
    if (headwear == "kippah") return IM_COL32(30, 40, 90, 255);
    if (headwear == "hijab" || headwear == "headscarf") return kScarves[k];
    return kCaps[k];
}

}  // namespace

std::uint32_t hash(const std::string& s) {
    std::uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

ImU32 blend(ImU32 a, ImU32 b, float t) {
    ImVec4 x = ImGui::ColorConvertU32ToFloat4(a), y = ImGui::ColorConvertU32ToFloat4(b);
    return ImGui::ColorConvertFloat4ToU32(
        ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t, x.w));
}

void ellipse(ImDrawList* dl, ImVec2 c, float rx, float ry, ImU32 col, int segments) {
    for (int i = 0; i < segments; ++i) {
        float a = 2 * kPi * static_cast<float>(i) / static_cast<float>(segments);
        dl->PathLineTo(ImVec2(c.x + std::cos(a) * rx, c.y + std::sin(a) * ry));
    }
    dl->PathFillConvex(col);
}

void segment(ImDrawList* dl, ImVec2 c, float rx, float ry, float from, float to, ImU32 col) {
    for (int i = 0; i <= 24; ++i) {
        float a = from + (to - from) * static_cast<float>(i) / 24.0f;
        dl->PathLineTo(ImVec2(c.x + std::cos(a) * rx, c.y + std::sin(a) * ry));
    }
    dl->PathFillConvex(col);
}

ImU32 skin_colour(const std::string& skin) {
    static const Named kSkins[] = {
        {"very_light", IM_COL32(255, 224, 200, 255)}, {"light", IM_COL32(241, 198, 160, 255)},
        {"medium", IM_COL32(222, 170, 124, 255)},     {"tan", IM_COL32(198, 140, 94, 255)},
        {"brown", IM_COL32(160, 106, 68, 255)},       {"dark", IM_COL32(112, 70, 44, 255)},
        {"very_dark", IM_COL32(74, 46, 30, 255)}};
    return find(kSkins, 7, skin, kSkins[2].colour);
}

ImU32 hair_colour(const std::string& hair) {
    static const Named kHair[] = {
        {"black", IM_COL32(28, 24, 22, 255)},   {"dark_brown", IM_COL32(66, 44, 30, 255)},
        {"brown", IM_COL32(118, 80, 48, 255)},  {"auburn", IM_COL32(130, 54, 30, 255)},
        {"red", IM_COL32(184, 82, 36, 255)},    {"blonde", IM_COL32(218, 184, 112, 255)},
        {"grey", IM_COL32(158, 158, 162, 255)}, {"white", IM_COL32(226, 226, 222, 255)}};
    return find(kHair, 8, hair, kHair[1].colour);
}

ImU32 brow_colour(const fd::Look& look) {
    if (look.hair == "grey" || look.hair == "white" || look.hair == "blonde")
        return blend(hair_colour(look.hair), IM_COL32(40, 36, 34, 255), 0.55f);
    return blend(hair_colour(look.hair), IM_COL32(0, 0, 0, 255), 0.3f);
}

void draw_behind_head(const Head& h, const fd::Look& look, const std::string& name) {
    ImU32 hair = hair_colour(look.hair);
    if (look.headwear == "hijab") {
        ImU32 scarf = headwear_colour(look.headwear, name);
        ellipse(h.dl, h.at(0, -0.02f), h.s * 0.37f, h.s * 0.43f, scarf);
        h.dl->AddQuadFilled(h.at(-0.33f, 0.12f), h.at(0.33f, 0.12f), h.at(0.44f, 0.62f), h.at(-0.44f, 0.62f), scarf);
        return;
    }
    const std::string& st = look.hair_style;
    if (st == "bald" || st == "covered") return;
    if (st == "long") {
        ellipse(h.dl, h.at(0, 0.08f), h.s * 0.35f, h.s * 0.42f, hair);
        h.dl->AddRectFilled(h.at(-0.35f, 0.08f), h.at(0.35f, 0.42f), hair, h.s * 0.06f);
    } else if (st == "curly") {
        for (int i = 0; i < 11; ++i) {
            float a = kPi * 0.9f + kPi * 1.2f * static_cast<float>(i) / 10.0f;
            h.dl->AddCircleFilled(h.at(std::cos(a) * 0.29f, -0.04f + std::sin(a) * 0.33f), h.s * 0.09f, hair, 16);
        }
    } else {
        ellipse(h.dl, h.at(0, -0.07f), h.s * 0.3f, h.s * 0.3f, hair);  // the back of the head
    }
}

void draw_hair(const Head& h, const fd::Look& look) {
    ImU32 hair = hair_colour(look.hair);
    const std::string& st = look.hair_style;
    if (st == "bald")  // the light on a bare scalp
        ellipse(h.dl, h.at(-0.08f, -0.26f), h.s * 0.07f, h.s * 0.035f, IM_COL32(255, 255, 255, 60));
    if (st == "bald" || st == "covered" || look.headwear == "hijab") return;  // a hijab covers all of it
    float rx = h.s * 0.29f, ry = h.s * 0.35f;
    ImVec2 c = h.at(0, 0.005f);
    // The sides always reach down to the ears; the top leaves a forehead.
    segment(h.dl, c, rx, ry, kPi - 0.1f, kPi + 0.75f, hair);
    segment(h.dl, c, rx, ry, 2 * kPi - 0.75f, 2 * kPi + 0.1f, hair);
    if (st == "receding") return;
    float top = st == "long" || st == "braids" ? 0.42f : 0.5f;
    segment(h.dl, c, rx, ry, kPi + top, 2 * kPi - top, hair);
    if (st == "curly")
        for (int i = 0; i < 7; ++i) {
            float a = kPi * 1.18f + kPi * 0.64f * static_cast<float>(i) / 6.0f;
            h.dl->AddCircleFilled(h.at(std::cos(a) * 0.25f, 0.02f + std::sin(a) * 0.3f), h.s * 0.055f, hair, 14);
        }
    if (st == "bun") h.dl->AddCircleFilled(h.at(0, -0.35f), h.s * 0.085f, hair, 24);
    if (st == "braids") {
        ImU32 shade = blend(hair, IM_COL32(0, 0, 0, 255), 0.35f);
        braid(h, -1, hair, shade);
        braid(h, 1, hair, shade);
    }
}

void draw_headwear(const Head& h, const fd::Look& look, const std::string& name) {
    const std::string& w = look.headwear;
    if (w.empty() || w == "none") return;
    ImU32 col = headwear_colour(w, name), fold = blend(col, IM_COL32(0, 0, 0, 255), 0.25f);
    if (w == "hijab") {
        segment(h.dl, h.at(0, 0.01f), h.s * 0.3f, h.s * 0.37f, kPi + 0.5f, 2 * kPi - 0.5f, col);
        segment(h.dl, h.at(0, 0.01f), h.s * 0.3f, h.s * 0.37f, kPi - 0.2f, kPi + 0.75f, col);
        segment(h.dl, h.at(0, 0.01f), h.s * 0.3f, h.s * 0.37f, 2 * kPi - 0.75f, 2 * kPi + 0.2f, col);
    } else if (w == "headscarf") {
        segment(h.dl, h.at(0, -0.08f), h.s * 0.31f, h.s * 0.28f, kPi, 2 * kPi, col);
        h.dl->AddTriangleFilled(h.at(0.22f, -0.1f), h.at(0.38f, 0.02f), h.at(0.3f, 0.14f), fold);
    } else if (w == "turban") {
        segment(h.dl, h.at(0, -0.12f), h.s * 0.32f, h.s * 0.3f, kPi, 2 * kPi, col);
        h.dl->AddLine(h.at(-0.26f, -0.2f), h.at(0, -0.3f), fold, h.s * 0.02f);
        h.dl->AddLine(h.at(0.26f, -0.2f), h.at(0, -0.3f), fold, h.s * 0.02f);
        h.dl->AddLine(h.at(-0.3f, -0.14f), h.at(0.3f, -0.14f), fold, h.s * 0.015f);
    } else if (w == "kippah") {
        segment(h.dl, h.at(0, -0.29f), h.s * 0.12f, h.s * 0.07f, kPi, 2 * kPi, col);
    } else if (w == "beanie") {
        segment(h.dl, h.at(0, -0.14f), h.s * 0.31f, h.s * 0.27f, kPi, 2 * kPi, col);
        h.dl->AddRectFilled(h.at(-0.31f, -0.2f), h.at(0.31f, -0.12f), fold, h.s * 0.03f);
    } else {  // cap
        segment(h.dl, h.at(0, -0.16f), h.s * 0.3f, h.s * 0.22f, kPi, 2 * kPi, col);
        segment(h.dl, h.at(0.1f, -0.16f), h.s * 0.26f, h.s * 0.05f, 0, kPi, fold);
    }
}

void draw_age_lines(const Head& h, const fd::Look& look, ImU32 skin) {
    if (look.age != "middle" && look.age != "older") return;
    ImU32 line = blend(skin, IM_COL32(0, 0, 0, 255), 0.28f);
    float t = h.s * 0.01f;
    for (int side = -1; side <= 1; side += 2) {  // from the nose to the corners of the mouth
        float x = static_cast<float>(side);
        h.dl->AddBezierQuadratic(h.at(x * 0.08f, 0.1f), h.at(x * 0.15f, 0.16f), h.at(x * 0.14f, 0.25f), line, t, 8);
        if (look.age != "older") continue;
        for (int k = -1; k <= 1; ++k)  // crow's feet
            h.dl->AddLine(h.at(x * 0.25f, -0.02f + k * 0.02f), h.at(x * 0.29f, -0.02f + k * 0.035f), line, t);
        h.dl->AddBezierQuadratic(h.at(x * 0.11f, 0.045f), h.at(x * 0.17f, 0.07f), h.at(x * 0.23f, 0.045f), line, t, 8);
    }
    if (look.age == "older" && look.hair_style != "long" && look.headwear != "hijab")
        h.dl->AddLine(h.at(-0.08f, -0.2f), h.at(0.08f, -0.2f), line, t);  // a line across the forehead
}

void draw_glasses(const Head& h, const fd::Look& look) {
    if (!look.glasses.value_or(false)) return;
    const ImU32 frame = IM_COL32(30, 28, 34, 255);
    float t = h.s * 0.016f;
    for (int side = -1; side <= 1; side += 2) {
        float x = static_cast<float>(side) * 0.17f;
        h.dl->AddRectFilled(h.at(x - 0.095f, -0.085f), h.at(x + 0.095f, 0.055f), IM_COL32(200, 220, 240, 40),
                            h.s * 0.04f);
        h.dl->AddRect(h.at(x - 0.095f, -0.085f), h.at(x + 0.095f, 0.055f), frame, h.s * 0.04f, 0, t);
        h.dl->AddLine(h.at(static_cast<float>(side) * 0.265f, -0.05f), h.at(static_cast<float>(side) * 0.29f, -0.03f),
                      frame, t);
    }
    h.dl->AddBezierQuadratic(h.at(-0.075f, -0.04f), h.at(0, -0.07f), h.at(0.075f, -0.04f), frame, t, 8);
}

}  // namespace fdg::portrait
