// The customer's portrait, drawn from shapes: the look (portrait_parts.cpp) and,
// here, the expression for each mood and the defaults a script leaves out.
#include "portrait.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>

#include "portrait_parts.hpp"
#include "vocabulary.hpp"

namespace fdg {

using namespace portrait;

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
    float glance;      // pupils to one side (a sidelong, wary look)
    float lid;         // upper lids lowered (0 .. 1), relaxed or suspicious
    float one_brow;    // one brow raised higher than the other
    float teeth;       // 1: teeth clenched behind an open mouth
};

// furious: brows slammed down, eyes wide, teeth bared, red; angry: brows down, a
// tight flat mouth; upset: brows up in the middle, a tear; wary: one brow up, a
// sidelong glance under heavy lids; neutral; calm: relaxed lids, a small smile;
// pleased: a smile with raised brows; delighted: smiling eyes, a wide open smile.
const Face kFaces[8] = {
    {1.00f, -0.10f, 1.00f, 0, -0.60f, 0.70f, 0.95f, 0.75f, 0, 0, 0, 0, 0, 1},
    {0.75f, -0.08f, 0.85f, 0, -0.35f, 0.00f, 0.60f, 0.30f, 0, 0, 0, 0.15f, 0, 0},
    {-0.80f, 0.07f, 0.75f, 0, -0.65f, 0.00f, 0.80f, 0.00f, 0, 1, 0, 0, 0, 0},
    {0.20f, -0.02f, 0.60f, 0, -0.12f, 0.00f, 0.55f, 0.00f, 0, 0, 0.8f, 0.35f, 1, 0},
    {0.00f, 0.00f, 0.80f, 0, 0.05f, 0.00f, 0.80f, 0.00f, 0, 0, 0, 0, 0, 0},
    {-0.10f, 0.02f, 0.70f, 0, 0.30f, 0.00f, 0.85f, 0.00f, 0.15f, 0, 0, 0.45f, 0, 0},
    {-0.15f, 0.08f, 0.85f, 0, 0.65f, 0.10f, 0.95f, 0.00f, 0.35f, 0, 0, 0, 0, 0},
    {-0.20f, 0.14f, 0.00f, 1, 0.95f, 0.65f, 1.05f, 0.00f, 0.60f, 0, 0, 0, 0, 0},
};

float mix(float a, float b, float t) { return a + (b - a) * t; }

Face face_for(float mood) {
    float m = std::clamp(mood, 0.0f, 7.0f);
    int i = static_cast<int>(std::floor(m));
    int j = std::min(i + 1, 7);
    float t = m - static_cast<float>(i);
    const float* a = &kFaces[i].brow_tilt;
    const float* b = &kFaces[j].brow_tilt;
    Face f{};
    float* out = &f.brow_tilt;
    for (std::size_t k = 0; k < sizeof(Face) / sizeof(float); ++k) out[k] = mix(a[k], b[k], t);
    return f;
}

// An older customer when the script's words say so (and it gave no age).
bool older(const std::string& words) {
    static const char* kHints[] = {"retired", "widow", "grandfather", "grandmother", "granddaughter", "grandson",
                                   "grandchild", "pension", "elderly", "late wife", "late husband"};
    std::string lower;
    for (char c : words) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* h : kHints)
        if (lower.find(h) != std::string::npos) return true;
    return false;
}

const std::string& pick(const std::string& field, std::uint32_t n, std::size_t of) {
    const auto& words = fd::look_values(field);
    return words[n % std::min(of, words.size())];
}

const ImU32 kClothes[] = {IM_COL32(70, 120, 180, 255), IM_COL32(90, 150, 120, 255), IM_COL32(160, 90, 110, 255),
                          IM_COL32(200, 150, 70, 255), IM_COL32(110, 100, 170, 255), IM_COL32(80, 140, 150, 255)};

void draw_eyes(ImDrawList* dl, ImVec2 c, float s, const Face& f, ImU32 face) {
    const ImU32 ink = IM_COL32(34, 30, 36, 255);
    for (int side = -1; side <= 1; side += 2) {
        ImVec2 e(c.x + side * s * 0.17f, c.y - s * 0.02f);
        if (f.happy_eyes > 0.5f) {
            // Smiling crescents: an arch over each eye.
            dl->PathArcTo(ImVec2(e.x, e.y + s * 0.03f), s * 0.065f, 3.4f, 6.0f, 12);
            dl->PathStroke(ink, 0, s * 0.025f);
            continue;
        }
        float open = std::max(0.12f, f.eye_open), ry = s * 0.055f * open;
        ellipse(dl, e, s * 0.07f, ry, IM_COL32(255, 255, 255, 255));
        ImVec2 pupil(e.x + f.glance * s * 0.03f, e.y + s * 0.004f);
        ellipse(dl, pupil, s * 0.034f, s * 0.034f * std::min(1.0f, open * 1.2f), ink);
        dl->AddCircleFilled(ImVec2(pupil.x + s * 0.012f, e.y - s * 0.012f * open), s * 0.01f,
                            IM_COL32(255, 255, 255, 230));
        if (f.lid > 0.02f) {  // the upper lid, lowered over the eye
            float edge = e.y - ry + 2 * ry * f.lid;
            dl->AddRectFilled(ImVec2(e.x - s * 0.075f, e.y - ry - s * 0.01f), ImVec2(e.x + s * 0.075f, edge), face);
            dl->AddLine(ImVec2(e.x - s * 0.07f, edge), ImVec2(e.x + s * 0.07f, edge), ink, s * 0.018f);
        }
    }
}

void draw_brows(ImDrawList* dl, ImVec2 c, float s, const Face& f, ImU32 hair) {
    for (int side = -1; side <= 1; side += 2) {
        float raise = f.brow_raise + (side > 0 ? f.one_brow * 0.09f : 0.0f);
        float y = c.y - s * (0.11f + raise * 0.35f);
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
        if (f.teeth > 0.5f) {  // clenched: upper and lower teeth meeting in a line
            float mid = y + bend * 0.5f + open * 0.35f;
            dl->AddRectFilled(ImVec2(c.x - w * 0.6f, mid - open * 0.25f), ImVec2(c.x + w * 0.6f, mid + open * 0.25f),
                              IM_COL32(245, 245, 238, 255), s * 0.006f);
            dl->AddLine(ImVec2(c.x - w * 0.6f, mid), ImVec2(c.x + w * 0.6f, mid), IM_COL32(150, 140, 130, 255),
                        s * 0.008f);
        }
        return;
    }
    dl->AddBezierCubic(l, ImVec2(c.x - w * 0.4f, y + bend), ImVec2(c.x + w * 0.4f, y + bend), r, lip, s * 0.03f, 16);
}

// Flush, blush and a tear: the colour of the mood on the face.
void draw_cheeks(ImDrawList* dl, ImVec2 c, float s, const Face& f) {
    if (f.blush > 0.02f) {
        ImU32 pink = IM_COL32(240, 110, 120, static_cast<int>(150 * f.blush));
        dl->AddCircleFilled(ImVec2(c.x - s * 0.17f, c.y + s * 0.12f), s * 0.05f, pink, 20);
        dl->AddCircleFilled(ImVec2(c.x + s * 0.17f, c.y + s * 0.12f), s * 0.05f, pink, 20);
    }
    if (f.tear > 0.3f)
        ellipse(dl, ImVec2(c.x + s * 0.2f, c.y + s * 0.1f), s * 0.018f, s * 0.03f,
                IM_COL32(140, 200, 255, static_cast<int>(230 * f.tear)));
}

}  // namespace

fd::Look look_for(const fd::Customer& c) {
    fd::Look l = c.look;
    std::uint32_t h = hash(c.name);
    bool old = l.age.empty() ? older(c.role + " " + c.life) : (l.age == "older");
    if (l.skin.empty()) l.skin = pick("skin", h, 7);
    if (l.age.empty()) l.age = old ? "older" : "adult";
    if (l.hair.empty()) l.hair = old ? (h / 7 % 2 ? "white" : "grey") : pick("hair", h / 7, 6);
    if (l.headwear.empty()) l.headwear = "none";
    if (l.hair_style.empty()) {
        static const char* kStyles[] = {"short", "long", "bun", "curly"};
        l.hair_style = l.headwear == "hijab" ? "covered" : kStyles[h / 41 % 4];
    }
    if (!l.glasses) l.glasses = old && (h / 97 % 2 == 0);
    return l;
}

void draw_portrait(ImDrawList* dl, ImVec2 tl, float size, const fd::Customer& who, float mood) {
    fd::Look look = look_for(who);
    ImU32 skin = skin_colour(look.skin);
    ImU32 clothes = kClothes[hash(who.role) % 6];
    Face f = face_for(mood);
    float s = size;
    ImVec2 c(tl.x + s * 0.5f, tl.y + s * 0.44f);
    Head head{dl, c, s};

    dl->AddRectFilled(tl, ImVec2(tl.x + s, tl.y + s), IM_COL32(52, 62, 84, 255), s * 0.08f);
    dl->PushClipRect(tl, ImVec2(tl.x + s, tl.y + s), true);
    segment(dl, ImVec2(c.x, tl.y + s * 1.08f), s * 0.46f, s * 0.3f, 3.14159265f, 6.2831853f, clothes);  // shoulders
    dl->AddRectFilled(ImVec2(c.x - s * 0.08f, c.y + s * 0.2f), ImVec2(c.x + s * 0.08f, c.y + s * 0.4f),
                      blend(skin, IM_COL32(0, 0, 0, 255), 0.12f));
    draw_behind_head(head, look, who.name);
    ImU32 face = blend(skin, IM_COL32(230, 60, 50, 255), f.flush * 0.45f);
    if (look.headwear != "hijab") {
        ellipse(dl, ImVec2(c.x - s * 0.27f, c.y + s * 0.02f), s * 0.04f, s * 0.06f, face);  // ears
        ellipse(dl, ImVec2(c.x + s * 0.27f, c.y + s * 0.02f), s * 0.04f, s * 0.06f, face);
    }
    ellipse(dl, c, s * 0.27f, s * (look.age == "young" ? 0.315f : 0.33f), face);  // a younger face is rounder
    draw_age_lines(head, look, face);
    draw_hair(head, look);
    draw_headwear(head, look, who.name);
    draw_cheeks(dl, c, s, f);
    draw_eyes(dl, c, s, f, face);
    draw_brows(dl, c, s, f, brow_colour(look));
    dl->AddBezierQuadratic(ImVec2(c.x - s * 0.015f, c.y + s * 0.04f), ImVec2(c.x + s * 0.04f, c.y + s * 0.12f),
                           ImVec2(c.x - s * 0.02f, c.y + s * 0.12f), blend(skin, IM_COL32(0, 0, 0, 255), 0.3f),
                           s * 0.015f, 10);  // nose
    draw_mouth(dl, c, s, f);
    draw_glasses(head, look);
    dl->PopClipRect();
}

}  // namespace fdg
