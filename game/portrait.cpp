// The customer's portrait, drawn from shapes: face, hair and mood, from their name and role.
#include "portrait.hpp"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstdint>

namespace fdg {

namespace {

// One expression: how the features sit, per mood.
struct Face {
    float brow_tilt;   // + inner ends down (anger), - inner ends up (worry)
    float brow_raise;  // + higher
    float eye_open;    // 0 closed .. 1 wide
    float happy_eyes;  // 1: smiling crescents
    float mouth_curve; // + smile, - frown
    float mouth_open;  // 0 closed .. 1 wide open
    float mouth_width; // relative
    float flush;       // red in the face
    float blush;       // rosy cheeks
    float tear;        // a tear on the cheek
};

// furious, angry, upset, wary, neutral, calm, pleased, delighted
const Face kFaces[8] = {
    {1.00f, -0.10f, 1.00f, 0, -0.70f, 0.75f, 0.90f, 0.75f, 0, 0},
    {0.70f, -0.08f, 0.80f, 0, -0.55f, 0.00f, 0.85f, 0.35f, 0, 0},
    {-0.75f, 0.06f, 0.75f, 0, -0.60f, 0.00f, 0.80f, 0.00f, 0, 1},
    {0.25f, -0.02f, 0.45f, 0, -0.15f, 0.00f, 0.65f, 0.00f, 0, 0},
    {0.00f, 0.00f, 0.80f, 0, 0.05f, 0.00f, 0.80f, 0.00f, 0, 0},
    {-0.10f, 0.03f, 0.62f, 0, 0.30f, 0.00f, 0.85f, 0.00f, 0.15f, 0},
    {-0.15f, 0.08f, 0.85f, 0, 0.65f, 0.10f, 0.95f, 0.00f, 0.35f, 0},
    {-0.20f, 0.14f, 0.00f, 1, 0.95f, 0.65f, 1.05f, 0.00f, 0.60f, 0},
};

float mix(float a, float b, float t) { return a + (b - a) * t; }

Face face_for(float mood) {
    float m = std::clamp(mood, 0.0f, 7.0f);
    int i = static_cast<int>(std::floor(m));
    int j = std::min(i + 1, 7);
    float t = m - static_cast<float>(i);
    const Face& a = kFaces[i];
    const Face& b = kFaces[j];
    return {mix(a.brow_tilt, b.brow_tilt, t),     mix(a.brow_raise, b.brow_raise, t),
            mix(a.eye_open, b.eye_open, t),       mix(a.happy_eyes, b.happy_eyes, t),
            mix(a.mouth_curve, b.mouth_curve, t), mix(a.mouth_open, b.mouth_open, t),
            mix(a.mouth_width, b.mouth_width, t), mix(a.flush, b.flush, t),
            mix(a.blush, b.blush, t),             mix(a.tear, b.tear, t)};
}

std::uint32_t hash(const std::string& s) {
    std::uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

ImU32 blend(ImU32 a, ImU32 b, float t) {
    ImVec4 x = ImGui::ColorConvertU32ToFloat4(a), y = ImGui::ColorConvertU32ToFloat4(b);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(mix(x.x, y.x, t), mix(x.y, y.y, t), mix(x.z, y.z, t), 1));
}

void ellipse(ImDrawList* dl, ImVec2 c, float rx, float ry, ImU32 col, int segments = 40) {
    for (int i = 0; i < segments; ++i) {
        float a = 6.2831853f * static_cast<float>(i) / static_cast<float>(segments);
        dl->PathLineTo(ImVec2(c.x + std::cos(a) * rx, c.y + std::sin(a) * ry));
    }
    dl->PathFillConvex(col);
}

// The upper half of an ellipse (a cap of hair, shoulders).
void half_ellipse(ImDrawList* dl, ImVec2 c, float rx, float ry, ImU32 col) {
    for (int i = 0; i <= 24; ++i) {
        float a = 3.14159265f + 3.14159265f * static_cast<float>(i) / 24.0f;
        dl->PathLineTo(ImVec2(c.x + std::cos(a) * rx, c.y + std::sin(a) * ry));
    }
    dl->PathFillConvex(col);
}

const ImU32 kSkins[] = {IM_COL32(255, 219, 182, 255), IM_COL32(241, 194, 150, 255), IM_COL32(224, 172, 125, 255),
                        IM_COL32(198, 134, 90, 255),  IM_COL32(160, 104, 66, 255),  IM_COL32(114, 74, 48, 255)};
const ImU32 kHair[] = {IM_COL32(40, 30, 24, 255),   IM_COL32(84, 56, 36, 255),  IM_COL32(150, 104, 60, 255),
                       IM_COL32(210, 176, 110, 255), IM_COL32(120, 50, 30, 255)};
const ImU32 kGrey[] = {IM_COL32(170, 170, 172, 255), IM_COL32(215, 215, 210, 255)};

// Grey hair when the script says the customer is older.
bool older(const std::string& words) {
    static const char* kHints[] = {"retired", "widow", "grandfather", "grandmother", "granddaughter", "grandson",
                                   "grandchild", "pension", "elderly", "late wife", "late husband"};
    std::string lower;
    for (char c : words) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* h : kHints)
        if (lower.find(h) != std::string::npos) return true;
    return false;
}
const ImU32 kClothes[] = {IM_COL32(70, 120, 180, 255), IM_COL32(90, 150, 120, 255), IM_COL32(160, 90, 110, 255),
                          IM_COL32(200, 150, 70, 255), IM_COL32(110, 100, 170, 255), IM_COL32(80, 140, 150, 255)};

void draw_eyes(ImDrawList* dl, ImVec2 c, float s, const Face& f) {
    const ImU32 ink = IM_COL32(34, 30, 36, 255);
    for (int side = -1; side <= 1; side += 2) {
        ImVec2 e(c.x + side * s * 0.17f, c.y - s * 0.02f);
        if (f.happy_eyes > 0.5f) {
            // Smiling crescents: an arch over each eye.
            dl->PathArcTo(ImVec2(e.x, e.y + s * 0.03f), s * 0.065f, 3.4f, 6.0f, 12);
            dl->PathStroke(ink, 0, s * 0.025f);
            continue;
        }
        float open = std::max(0.12f, f.eye_open);
        ellipse(dl, e, s * 0.07f, s * 0.055f * open, IM_COL32(255, 255, 255, 255));
        ellipse(dl, ImVec2(e.x, e.y + s * 0.004f), s * 0.034f, s * 0.034f * std::min(1.0f, open * 1.2f), ink);
        dl->AddCircleFilled(ImVec2(e.x + s * 0.012f, e.y - s * 0.012f * open), s * 0.01f, IM_COL32(255, 255, 255, 230));
    }
}

void draw_brows(ImDrawList* dl, ImVec2 c, float s, const Face& f, ImU32 hair) {
    for (int side = -1; side <= 1; side += 2) {
        float y = c.y - s * (0.11f + f.brow_raise * 0.35f);
        float inner_x = c.x + side * s * 0.07f, outer_x = c.x + side * s * 0.26f;
        float tilt = f.brow_tilt * s * 0.05f;
        dl->AddLine(ImVec2(inner_x, y + tilt), ImVec2(outer_x, y - tilt * 0.6f), hair, s * 0.035f);
    }
}

void draw_mouth(ImDrawList* dl, ImVec2 c, float s, const Face& f) {
    const ImU32 lip = IM_COL32(120, 50, 50, 255);
    float w = s * 0.15f * f.mouth_width;
    float y = c.y + s * 0.22f;
    float bend = f.mouth_curve * s * 0.09f;
    ImVec2 l(c.x - w, y - bend * 0.5f), r(c.x + w, y - bend * 0.5f);
    if (f.mouth_open > 0.2f) {
        // Open: a filled shape between an upper and a lower curve.
        float open = f.mouth_open * s * 0.11f;
        dl->PathLineTo(l);
        dl->PathBezierCubicCurveTo(ImVec2(c.x - w * 0.5f, y + bend * 0.5f - open * 0.2f),
                                   ImVec2(c.x + w * 0.5f, y + bend * 0.5f - open * 0.2f), r, 12);
        dl->PathBezierCubicCurveTo(ImVec2(c.x + w * 0.5f, y + bend * 0.5f + open),
                                   ImVec2(c.x - w * 0.5f, y + bend * 0.5f + open), l, 12);
        dl->PathFillConvex(IM_COL32(70, 20, 28, 255));
        if (f.mouth_curve > 0.5f)  // teeth in a broad smile
            dl->AddRectFilled(ImVec2(c.x - w * 0.55f, y + bend * 0.25f - open * 0.1f),
                              ImVec2(c.x + w * 0.55f, y + bend * 0.25f + open * 0.22f), IM_COL32(250, 250, 245, 255),
                              s * 0.01f);
        return;
    }
    dl->AddBezierCubic(l, ImVec2(c.x - w * 0.4f, y + bend), ImVec2(c.x + w * 0.4f, y + bend), r, lip, s * 0.03f, 16);
}

}  // namespace

void draw_portrait(ImDrawList* dl, ImVec2 tl, float size, const std::string& name, const std::string& role,
                   const std::string& life, float mood) {
    std::uint32_t h = hash(name);
    ImU32 skin = kSkins[h % 6];
    ImU32 hair = older(role + " " + life) ? kGrey[(h / 7) % 2] : kHair[(h / 7) % 5];
    ImU32 clothes = kClothes[hash(role) % 6];
    int style = static_cast<int>((h / 41) % 3);
    Face f = face_for(mood);
    float s = size;
    ImVec2 c(tl.x + s * 0.5f, tl.y + s * 0.44f);

    dl->AddRectFilled(tl, ImVec2(tl.x + s, tl.y + s), IM_COL32(52, 62, 84, 255), s * 0.08f);
    dl->PushClipRect(tl, ImVec2(tl.x + s, tl.y + s), true);
    if (style == 1) ellipse(dl, ImVec2(c.x, c.y + s * 0.1f), s * 0.33f, s * 0.38f, hair);  // long hair behind
    half_ellipse(dl, ImVec2(c.x, tl.y + s * 1.08f), s * 0.46f, s * 0.3f, clothes);         // shoulders
    dl->AddRectFilled(ImVec2(c.x - s * 0.08f, c.y + s * 0.2f), ImVec2(c.x + s * 0.08f, c.y + s * 0.4f),
                      blend(skin, IM_COL32(0, 0, 0, 255), 0.12f));
    ImU32 face = blend(skin, IM_COL32(230, 60, 50, 255), f.flush * 0.45f);
    ellipse(dl, ImVec2(c.x - s * 0.27f, c.y + s * 0.02f), s * 0.04f, s * 0.06f, face);  // ears
    ellipse(dl, ImVec2(c.x + s * 0.27f, c.y + s * 0.02f), s * 0.04f, s * 0.06f, face);
    ellipse(dl, c, s * 0.27f, s * 0.33f, face);
    half_ellipse(dl, ImVec2(c.x, c.y - s * 0.12f), s * 0.285f, s * 0.23f, hair);  // hair cap
    if (style == 2) dl->AddCircleFilled(ImVec2(c.x, c.y - s * 0.38f), s * 0.09f, hair, 24);  // bun
    if (f.blush > 0.02f) {
        ImU32 pink = IM_COL32(240, 110, 120, static_cast<int>(150 * f.blush));
        dl->AddCircleFilled(ImVec2(c.x - s * 0.17f, c.y + s * 0.12f), s * 0.05f, pink, 20);
        dl->AddCircleFilled(ImVec2(c.x + s * 0.17f, c.y + s * 0.12f), s * 0.05f, pink, 20);
    }
    draw_eyes(dl, c, s, f);
    draw_brows(dl, c, s, f, blend(hair, IM_COL32(0, 0, 0, 255), 0.3f));
    dl->AddBezierQuadratic(ImVec2(c.x - s * 0.015f, c.y + s * 0.04f), ImVec2(c.x + s * 0.04f, c.y + s * 0.12f),
                           ImVec2(c.x - s * 0.02f, c.y + s * 0.12f), blend(skin, IM_COL32(0, 0, 0, 255), 0.3f),
                           s * 0.015f, 10);  // nose
    draw_mouth(dl, c, s, f);
    if (f.tear > 0.3f)
        ellipse(dl, ImVec2(c.x + s * 0.2f, c.y + s * 0.1f), s * 0.018f, s * 0.03f,
                IM_COL32(140, 200, 255, static_cast<int>(230 * f.tear)));
    dl->PopClipRect();
}

}  // namespace fdg
