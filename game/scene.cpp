// The sector scenes and the title's street, drawn with ImGui's draw lists from
// one table (a function per scene). Coordinates are fractions: p() of the whole
// area (walls, floors, things that repeat along them), s() of a centred stage
// at most 2.4 heights wide (the furniture), so a scene fills any band.
#include "scene.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "vocabulary.hpp"

namespace fdg {

namespace {

constexpr float kPi = 3.14159265f;

ImU32 rgba(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }

// Calm, low colours: the scenes sit beside text and must never outshine it.
namespace tone {
const ImU32 kFloorTop = rgba(38, 42, 54), kFloorBottom = rgba(28, 31, 40);
const ImU32 kWood = rgba(104, 80, 66), kWoodDark = rgba(78, 60, 52), kWoodTop = rgba(132, 104, 84);
const ImU32 kMetal = rgba(120, 128, 140), kDark = rgba(22, 26, 34), kGlass = rgba(120, 160, 180, 60);
const ImU32 kAmber = rgba(206, 164, 92), kSage = rgba(96, 134, 104), kTeal = rgba(70, 118, 122);
const ImU32 kRose = rgba(150, 96, 100), kNavy = rgba(52, 64, 92), kCream = rgba(196, 188, 170);
const ImU32 kGlow = rgba(255, 210, 140, 16);
}  // namespace tone

// Draws in fractions of the area; in high contrast, outlines instead of fills.
struct Pen {
    ImDrawList* dl;
    ImVec2 a;
    float w, h, stage_x, stage_w;
    bool hc;
    ImU32 edge = rgba(170, 170, 180);
    float thick = 1;

    ImVec2 p(float x, float y) const { return ImVec2(a.x + x * w, a.y + y * h); }
    ImVec2 s(float x, float y) const { return ImVec2(stage_x + x * stage_w, a.y + y * h); }
    float r(float k) const { return k * h; }

    void rect(ImVec2 p0, ImVec2 p1, ImU32 c, float round = 0) const {
        if (hc) dl->AddRect(p0, p1, edge, round, 0, thick);
        else dl->AddRectFilled(p0, p1, c, round);
    }
    void grad(ImVec2 p0, ImVec2 p1, ImU32 top, ImU32 bottom) const {
        if (!hc) dl->AddRectFilledMultiColor(p0, p1, top, top, bottom, bottom);
    }
    void circle(ImVec2 c, float rad, ImU32 col) const {
        if (hc) dl->AddCircle(c, rad, edge, 0, thick);
        else dl->AddCircleFilled(c, rad, col);
    }
    void glow(ImVec2 c, float rad) const {  // a lamp's light: soft rings, none in high contrast
        if (hc) return;
        for (int i = 3; i >= 1; --i) dl->AddCircleFilled(c, rad * static_cast<float>(i) / 3.0f, tone::kGlow);
    }
    void line(ImVec2 p0, ImVec2 p1, ImU32 col, float th) const { dl->AddLine(p0, p1, hc ? edge : col, th); }
    void tri(ImVec2 p0, ImVec2 p1, ImVec2 p2, ImU32 col) const {
        if (hc) dl->AddTriangle(p0, p1, p2, edge, thick);
        else dl->AddTriangleFilled(p0, p1, p2, col);
    }
    void quad(ImVec2 p0, ImVec2 p1, ImVec2 p2, ImVec2 p3, ImU32 col) const {
        if (hc) dl->AddQuad(p0, p1, p2, p3, edge, thick);
        else dl->AddQuadFilled(p0, p1, p2, p3, col);
    }
    void half_disc(ImVec2 c, float rad, ImU32 col, bool up = true) const {  // a bell, a lamp shade
        dl->PathArcTo(c, rad, up ? kPi : 0, up ? 2 * kPi : kPi, 16);
        if (hc) dl->PathStroke(edge, ImDrawFlags_Closed, thick);
        else dl->PathFillConvex(col);
    }
    // Every `step` pixels across the whole area, starting `offset` in.
    template <class F> void across(float step, float offset, F f) const {
        for (float x = a.x + offset; x < a.x + w + step && step > 1; x += step) f(x);
    }
};

// A wall above, a floor below `floor_y`.
void room(const Pen& q, ImU32 wall_top, ImU32 wall_bottom, float floor_y) {
    q.grad(q.p(0, 0), q.p(1, floor_y), wall_top, wall_bottom);
    q.grad(q.p(0, floor_y), q.p(1, 1), tone::kFloorTop, tone::kFloorBottom);
    q.line(q.p(0, floor_y), q.p(1, floor_y), rgba(24, 28, 36), std::max(1.0f, q.r(0.01f)));
}

// A counter from x0 to x1 (stage fractions), its top at y.
void counter(const Pen& q, float x0, float x1, float y, ImU32 body, ImU32 top) {
    q.rect(q.s(x0, y), q.s(x1, 0.92f), body);
    q.rect(q.s(x0 - 0.015f, y - 0.035f), q.s(x1 + 0.015f, y + 0.005f), top, q.r(0.01f));
    for (float x = x0 + 0.08f; x < x1 - 0.05f; x += 0.16f)  // the front's panels
        q.rect(q.s(x, y + 0.07f), q.s(x + 0.12f, 0.86f), rgba(0, 0, 0, 30), q.r(0.01f));
}

void plant(const Pen& q, float x, float y) {  // a pot on the floor at stage x, its rim at y
    q.rect(q.s(x - 0.03f, y), q.s(x + 0.03f, y + 0.1f), rgba(120, 86, 70), q.r(0.01f));
    for (int i = 0; i < 5; ++i) {
        float dx = (static_cast<float>(i) - 2) * 0.014f, dy = 0.05f + 0.03f * static_cast<float>(i % 2);
        q.circle(q.s(x + dx, y - dy), q.r(0.045f), i % 2 ? tone::kSage : rgba(80, 116, 90));
    }
}

void wall_clock(const Pen& q, ImVec2 c, float rad) {
    q.circle(c, rad, tone::kCream);
    q.line(c, ImVec2(c.x, c.y - rad * 0.7f), tone::kDark, std::max(1.0f, rad * 0.12f));
    q.line(c, ImVec2(c.x + rad * 0.5f, c.y + rad * 0.1f), tone::kDark, std::max(1.0f, rad * 0.12f));
}

void retail(const Pen& q) {
    room(q, rgba(46, 52, 68), rgba(60, 66, 84), 0.74f);
    const ImU32 kClothes[] = {tone::kRose, tone::kTeal, tone::kCream, tone::kNavy, tone::kSage, tone::kAmber};
    float unit = q.r(0.5f);
    int n = 0;
    q.across(unit, q.r(0.05f), [&](float x) {  // shelves of folded clothes along the wall
        q.rect(ImVec2(x, q.a.y + q.r(0.1f)), ImVec2(x + q.r(0.02f), q.a.y + q.r(0.74f)), tone::kWoodDark);
        for (float y : {0.26f, 0.44f, 0.62f}) {
            q.rect(ImVec2(x, q.a.y + q.r(y)), ImVec2(x + unit - q.r(0.04f), q.a.y + q.r(y + 0.02f)), tone::kWood);
            for (int k = 0; k < 3; ++k, ++n) {
                float bx = x + q.r(0.06f + 0.14f * static_cast<float>(k)), top = q.r(y - 0.06f - 0.015f * static_cast<float>(n % 2));
                q.rect(ImVec2(bx, q.a.y + top), ImVec2(bx + q.r(0.1f), q.a.y + q.r(y)), kClothes[n % 6], q.r(0.01f));
            }
        }
    });
    counter(q, 0.3f, 0.82f, 0.62f, tone::kWoodDark, tone::kWoodTop);
    q.rect(q.s(0.64f, 0.46f), q.s(0.74f, 0.56f), tone::kDark, q.r(0.01f));  // the till
    q.rect(q.s(0.68f, 0.56f), q.s(0.70f, 0.59f), tone::kMetal);
    q.rect(q.s(0.38f, 0.5f), q.s(0.46f, 0.59f), rgba(170, 140, 100), q.r(0.005f));  // a bag
    q.line(q.s(0.40f, 0.5f), q.s(0.41f, 0.45f), rgba(170, 140, 100), q.r(0.008f));
    q.line(q.s(0.44f, 0.5f), q.s(0.43f, 0.45f), rgba(170, 140, 100), q.r(0.008f));
}

void hotel(const Pen& q) {
    room(q, rgba(54, 50, 64), rgba(68, 60, 70), 0.76f);
    q.across(q.r(0.4f), q.r(0.2f), [&](float x) {  // wall panels
        q.rect(ImVec2(x, q.a.y + q.r(0.08f)), ImVec2(x + q.r(0.32f), q.a.y + q.r(0.5f)), rgba(0, 0, 0, 22), q.r(0.01f));
    });
    q.rect(q.s(0.58f, 0.12f), q.s(0.88f, 0.46f), tone::kWood, q.r(0.01f));  // the key rack
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 5; ++col) {
            ImVec2 hook = q.s(0.61f + 0.055f * static_cast<float>(col), 0.17f + 0.1f * static_cast<float>(row));
            q.circle(hook, q.r(0.008f), tone::kMetal);
            if ((row * 5 + col) % 4 == 1) continue;  // a room let: its key is out
            q.rect(ImVec2(hook.x - q.r(0.01f), hook.y + q.r(0.01f)), ImVec2(hook.x + q.r(0.01f), hook.y + q.r(0.06f)),
                   tone::kAmber, q.r(0.004f));
        }
    wall_clock(q, q.s(0.24f, 0.25f), q.r(0.07f));
    counter(q, 0.14f, 0.9f, 0.62f, tone::kWoodDark, tone::kWoodTop);
    q.half_disc(q.s(0.3f, 0.585f), q.r(0.035f), tone::kAmber);  // the bell
    q.rect(q.s(0.29f, 0.585f), q.s(0.31f, 0.595f), tone::kMetal);
    q.glow(q.s(0.8f, 0.44f), q.r(0.22f));  // a desk lamp
    q.line(q.s(0.8f, 0.47f), q.s(0.8f, 0.585f), tone::kMetal, q.r(0.01f));
    q.quad(q.s(0.775f, 0.47f), q.s(0.825f, 0.47f), q.s(0.812f, 0.41f), q.s(0.788f, 0.41f), rgba(200, 170, 120));
    q.rect(q.s(0.45f, 0.56f), q.s(0.53f, 0.585f), tone::kCream, q.r(0.003f));  // a registration card
    plant(q, 0.05f, 0.72f);
}

void cafe(const Pen& q) {
    room(q, rgba(50, 58, 62), rgba(64, 70, 72), 0.76f);
    q.across(q.r(0.06f), 0, [&](float x) {  // tiled wall behind the counter
        q.line(ImVec2(x, q.a.y + q.r(0.5f)), ImVec2(x, q.a.y + q.r(0.6f)), rgba(0, 0, 0, 30), 1);
    });
    q.across(q.r(0.6f), q.r(0.3f), [&](float x) {  // pendant lamps
        q.line(ImVec2(x, q.a.y), ImVec2(x, q.a.y + q.r(0.14f)), tone::kMetal, std::max(1.0f, q.r(0.006f)));
        q.glow(ImVec2(x, q.a.y + q.r(0.2f)), q.r(0.16f));
        q.half_disc(ImVec2(x, q.a.y + q.r(0.18f)), q.r(0.05f), rgba(180, 140, 80));
    });
    q.rect(q.s(0.08f, 0.16f), q.s(0.36f, 0.44f), tone::kWood, q.r(0.01f));  // the chalkboard menu
    q.rect(q.s(0.09f, 0.18f), q.s(0.35f, 0.42f), rgba(30, 38, 36));
    for (int i = 0; i < 5; ++i) {
        float y = 0.22f + 0.04f * static_cast<float>(i);
        q.line(q.s(0.11f, y), q.s(0.24f + 0.02f * static_cast<float>(i % 3), y), rgba(200, 200, 190, 110), q.r(0.008f));
        q.line(q.s(0.3f, y), q.s(0.33f, y), rgba(220, 190, 120, 110), q.r(0.008f));
    }
    counter(q, 0.1f, 0.92f, 0.62f, tone::kWoodDark, tone::kWoodTop);
    q.rect(q.s(0.2f, 0.48f), q.s(0.44f, 0.585f), tone::kGlass, q.r(0.01f));  // the pastry case
    for (int i = 0; i < 4; ++i) q.circle(q.s(0.24f + 0.055f * static_cast<float>(i), 0.555f), q.r(0.022f), rgba(170, 120, 70));
    q.rect(q.s(0.56f, 0.4f), q.s(0.76f, 0.585f), tone::kMetal, q.r(0.015f));  // the espresso machine
    q.rect(q.s(0.58f, 0.43f), q.s(0.74f, 0.47f), rgba(90, 96, 108));
    for (float x : {0.61f, 0.69f}) {
        q.rect(q.s(x, 0.47f), q.s(x + 0.04f, 0.5f), tone::kDark);
        q.rect(q.s(x + 0.005f, 0.54f), q.s(x + 0.035f, 0.585f), tone::kCream, q.r(0.005f));
    }
    for (int i = 0; i < 3; ++i)  // a stack of cups
        q.rect(q.s(0.82f, 0.55f - 0.028f * static_cast<float>(i)), q.s(0.86f, 0.575f - 0.028f * static_cast<float>(i)),
               tone::kCream, q.r(0.006f));
}

void travel(const Pen& q) {
    room(q, rgba(42, 52, 68), rgba(54, 64, 82), 0.78f);
    q.grad(q.p(0, 0.06f), q.p(1, 0.5f), rgba(58, 74, 104), rgba(118, 110, 124));  // the window onto the apron
    q.rect(q.p(0, 0.46f), q.p(1, 0.5f), rgba(60, 64, 72));
    q.rect(q.s(0.08f, 0.32f), q.s(0.5f, 0.4f), rgba(168, 174, 186), q.r(0.04f));  // a plane at the stand
    q.tri(q.s(0.1f, 0.33f), q.s(0.14f, 0.33f), q.s(0.09f, 0.2f), rgba(150, 158, 172));
    q.tri(q.s(0.26f, 0.38f), q.s(0.36f, 0.38f), q.s(0.3f, 0.45f), rgba(140, 148, 160));
    for (int i = 0; i < 8; ++i) q.circle(q.s(0.2f + 0.03f * static_cast<float>(i), 0.35f), q.r(0.007f), tone::kNavy);
    q.across(q.r(0.45f), q.r(0.1f), [&](float x) {  // the window's mullions
        q.rect(ImVec2(x, q.a.y + q.r(0.06f)), ImVec2(x + q.r(0.02f), q.a.y + q.r(0.5f)), rgba(36, 42, 54));
    });
    q.rect(q.p(0, 0.05f), q.p(1, 0.07f), rgba(36, 42, 54));
    q.rect(q.s(0.58f, 0.1f), q.s(0.94f, 0.44f), tone::kMetal, q.r(0.01f));  // the departures board
    q.rect(q.s(0.59f, 0.12f), q.s(0.93f, 0.42f), tone::kDark);
    for (int i = 0; i < 6; ++i) {
        float y = 0.15f + 0.045f * static_cast<float>(i);
        q.rect(q.s(0.61f, y), q.s(0.67f, y + 0.02f), rgba(220, 170, 80, 200));
        q.rect(q.s(0.69f, y), q.s(0.82f - 0.015f * static_cast<float>(i % 3), y + 0.02f), rgba(200, 204, 210, 170));
        q.rect(q.s(0.85f, y), q.s(0.91f, y + 0.02f), i == 2 ? rgba(240, 120, 100, 200) : rgba(120, 200, 140, 180));
    }
    for (int i = 0; i < 4; ++i) {  // a row of seats
        float x = 0.04f + 0.1f * static_cast<float>(i);
        q.rect(q.s(x, 0.6f), q.s(x + 0.08f, 0.72f), tone::kTeal, q.r(0.015f));
        q.rect(q.s(x - 0.005f, 0.7f), q.s(x + 0.085f, 0.75f), rgba(60, 100, 106), q.r(0.01f));
    }
    q.rect(q.s(0.02f, 0.75f), q.s(0.44f, 0.77f), tone::kMetal);
    counter(q, 0.56f, 0.92f, 0.62f, tone::kNavy, rgba(84, 96, 124));  // the gate desk
    q.rect(q.s(0.7f, 0.5f), q.s(0.8f, 0.585f), tone::kDark, q.r(0.008f));
}

void health(const Pen& q) {
    room(q, rgba(46, 62, 66), rgba(58, 74, 78), 0.78f);
    q.rect(q.p(0, 0.5f), q.p(1, 0.52f), rgba(70, 96, 100));  // the dado rail
    q.rect(q.s(0.26f, 0.1f), q.s(0.34f, 0.3f), rgba(110, 170, 130), q.r(0.01f));  // the clinic's cross
    q.rect(q.s(0.2f, 0.17f), q.s(0.4f, 0.23f), rgba(110, 170, 130), q.r(0.01f));
    wall_clock(q, q.s(0.08f, 0.2f), q.r(0.06f));
    q.rect(q.s(0.42f, 0.3f), q.s(0.52f, 0.4f), tone::kDark, q.r(0.01f));  // "now calling" display
    q.rect(q.s(0.44f, 0.34f), q.s(0.5f, 0.36f), rgba(220, 170, 80, 200));
    for (int i = 0; i < 5; ++i) {  // the waiting chairs
        float x = 0.02f + 0.095f * static_cast<float>(i);
        ImU32 c = i % 2 ? tone::kTeal : tone::kNavy;
        q.rect(q.s(x, 0.56f), q.s(x + 0.075f, 0.68f), c, q.r(0.015f));
        q.rect(q.s(x - 0.005f, 0.67f), q.s(x + 0.08f, 0.72f), c, q.r(0.01f));
        q.line(q.s(x + 0.01f, 0.72f), q.s(x + 0.01f, 0.8f), tone::kMetal, std::max(1.0f, q.r(0.008f)));
        q.line(q.s(x + 0.065f, 0.72f), q.s(x + 0.065f, 0.8f), tone::kMetal, std::max(1.0f, q.r(0.008f)));
    }
    q.rect(q.s(0.58f, 0.3f), q.s(0.94f, 0.56f), tone::kGlass, q.r(0.01f));  // reception behind its screen
    q.line(q.s(0.76f, 0.3f), q.s(0.76f, 0.56f), tone::kMetal, std::max(1.0f, q.r(0.006f)));
    counter(q, 0.56f, 0.96f, 0.6f, rgba(112, 122, 122), rgba(140, 150, 148));
    plant(q, 0.52f, 0.76f);
}

void finance(const Pen& q) {
    room(q, rgba(46, 50, 64), rgba(60, 62, 76), 0.78f);
    q.across(q.r(0.7f), q.r(0.12f), [&](float x) {  // pilasters
        q.rect(ImVec2(x, q.a.y + q.r(0.06f)), ImVec2(x + q.r(0.08f), q.a.y + q.r(0.78f)), rgba(70, 74, 90));
        q.rect(ImVec2(x - q.r(0.015f), q.a.y + q.r(0.06f)), ImVec2(x + q.r(0.095f), q.a.y + q.r(0.1f)), rgba(84, 88, 104));
    });
    q.circle(q.s(0.62f, 0.17f), q.r(0.08f), tone::kAmber);  // the bank's emblem
    q.circle(q.s(0.62f, 0.17f), q.r(0.055f), rgba(60, 62, 76));
    counter(q, 0.3f, 0.98f, 0.62f, rgba(96, 98, 110), rgba(130, 132, 144));
    for (int i = 0; i < 3; ++i) {  // glass between teller and customer
        float x = 0.32f + 0.22f * static_cast<float>(i);
        q.rect(q.s(x, 0.3f), q.s(x + 0.2f, 0.585f), tone::kGlass);
        q.rect(q.s(x, 0.29f), q.s(x + 0.2f, 0.31f), tone::kMetal);
        q.circle(q.s(x + 0.1f, 0.45f), q.r(0.02f), rgba(0, 0, 0, 50));
    }
    q.line(q.s(0.4f, 0.585f), q.s(0.44f, 0.57f), tone::kDark, q.r(0.008f));  // a pen on its chain
    for (float x : {0.04f, 0.2f}) {  // the queue's posts and rope
        q.rect(q.s(x - 0.006f, 0.56f), q.s(x + 0.006f, 0.84f), tone::kMetal);
        q.circle(q.s(x, 0.56f), q.r(0.015f), tone::kMetal);
    }
    if (!q.hc) q.dl->AddBezierCubic(q.s(0.04f, 0.58f), q.s(0.09f, 0.68f), q.s(0.15f, 0.68f), q.s(0.2f, 0.58f),
                                    tone::kRose, q.r(0.012f));
}

void monitor(const Pen& q, float x0, float x1, int kind) {
    q.rect(q.s(x0, 0.28f), q.s(x1, 0.54f), tone::kDark, q.r(0.01f));
    q.rect(q.s(x0 + 0.01f, 0.3f), q.s(x1 - 0.01f, 0.52f), rgba(40, 62, 84));
    q.rect(q.s((x0 + x1) / 2 - 0.01f, 0.54f), q.s((x0 + x1) / 2 + 0.01f, 0.6f), tone::kMetal);
    q.rect(q.s((x0 + x1) / 2 - 0.04f, 0.6f), q.s((x0 + x1) / 2 + 0.04f, 0.62f), tone::kMetal);
    if (kind == 0) {  // a ticket queue
        for (int i = 0; i < 5; ++i) {
            float y = 0.33f + 0.035f * static_cast<float>(i);
            q.rect(q.s(x0 + 0.025f, y), q.s(x1 - 0.04f - 0.02f * static_cast<float>(i % 2), y + 0.015f),
                   i == 1 ? rgba(220, 170, 80, 200) : rgba(160, 180, 200, 150));
        }
        return;
    }
    ImVec2 pts[6];  // a line speed chart
    const float ys[6] = {0.46f, 0.42f, 0.44f, 0.38f, 0.4f, 0.35f};
    for (int i = 0; i < 6; ++i) pts[i] = q.s(x0 + 0.025f + (x1 - x0 - 0.05f) * static_cast<float>(i) / 5.0f, ys[i]);
    q.dl->AddPolyline(pts, 6, q.hc ? q.edge : rgba(120, 200, 140), 0, std::max(1.0f, q.r(0.01f)));
}

void support(const Pen& q) {
    room(q, rgba(36, 42, 56), rgba(46, 52, 68), 0.8f);
    q.rect(q.s(0.02f, 0.08f), q.s(0.36f, 0.5f), rgba(26, 32, 52));  // the window: the city at night
    for (int i = 0; i < 5; ++i) {
        float x = 0.03f + 0.066f * static_cast<float>(i), top = 0.22f + 0.05f * static_cast<float>((i * 3) % 4);
        q.rect(q.s(x, top), q.s(x + 0.055f, 0.5f), rgba(34, 40, 58));
        for (int k = 0; k < 6; ++k)
            if ((i + k * 2) % 3 == 0)
                q.rect(q.s(x + 0.012f + 0.02f * static_cast<float>(k % 2), top + 0.03f + 0.05f * static_cast<float>(k / 2)),
                       q.s(x + 0.022f + 0.02f * static_cast<float>(k % 2), top + 0.05f + 0.05f * static_cast<float>(k / 2)),
                       rgba(210, 180, 110, 150));
    }
    q.rect(q.s(0.01f, 0.07f), q.s(0.37f, 0.09f), tone::kMetal);
    monitor(q, 0.42f, 0.66f, 0);
    monitor(q, 0.68f, 0.92f, 1);
    q.rect(q.s(0.18f, 0.62f), q.s(0.98f, 0.66f), tone::kWoodTop, q.r(0.005f));  // the desk
    q.rect(q.s(0.2f, 0.66f), q.s(0.22f, 0.84f), tone::kMetal);
    q.rect(q.s(0.94f, 0.66f), q.s(0.96f, 0.84f), tone::kMetal);
    ImVec2 c = q.s(0.3f, 0.56f);  // the headset on the desk
    q.dl->PathArcTo(c, q.r(0.05f), kPi, 2 * kPi, 16);
    q.dl->PathStroke(q.hc ? q.edge : rgba(60, 66, 80), 0, std::max(1.5f, q.r(0.012f)));
    q.rect(ImVec2(c.x - q.r(0.06f), c.y - q.r(0.01f)), ImVec2(c.x - q.r(0.035f), c.y + q.r(0.05f)), rgba(60, 66, 80), q.r(0.01f));
    q.rect(ImVec2(c.x + q.r(0.035f), c.y - q.r(0.01f)), ImVec2(c.x + q.r(0.06f), c.y + q.r(0.05f)), rgba(60, 66, 80), q.r(0.01f));
    q.line(ImVec2(c.x - q.r(0.05f), c.y + q.r(0.04f)), ImVec2(c.x - q.r(0.005f), c.y + q.r(0.055f)), tone::kAmber,
           std::max(1.0f, q.r(0.006f)));
    q.rect(q.s(0.36f, 0.57f), q.s(0.39f, 0.62f), tone::kRose, q.r(0.006f));  // a mug
    plant(q, 0.08f, 0.7f);
}

// One house of the title's street: `kind` picks a shop, a café, a hotel, a clinic or a bank.
void house(const Pen& q, float x, float width, int kind, float ground) {
    const ImU32 kFronts[] = {rgba(96, 70, 66), rgba(70, 78, 96), rgba(78, 96, 86), rgba(112, 100, 82), rgba(86, 72, 92)};
    float top = q.a.y + q.r(0.2f + 0.09f * static_cast<float>((kind * 7) % 4));
    ImVec2 a(x, top), b(x + width, ground);
    q.rect(a, b, kFronts[kind % 5]);
    q.rect(ImVec2(a.x - q.r(0.01f), top - q.r(0.02f)), ImVec2(b.x + q.r(0.01f), top + q.r(0.01f)), rgba(50, 54, 66));
    for (float wy = top + q.r(0.05f); wy < ground - q.r(0.32f); wy += q.r(0.11f))  // the upper floors' windows
        for (int k = 0; k < 2; ++k) {
            float wx = x + width * (0.18f + 0.44f * static_cast<float>(k));
            bool lit = (kind * 3 + k + static_cast<int>((wy - top) / q.r(0.11f))) % 3 == 0;
            q.rect(ImVec2(wx, wy), ImVec2(wx + width * 0.2f, wy + q.r(0.07f)), lit ? rgba(200, 170, 110, 190) : rgba(34, 40, 54));
        }
    float dx = x + width * 0.36f, dw = width * 0.28f;  // the front door, lit inside
    q.glow(ImVec2(dx + dw * 0.5f, ground - q.r(0.1f)), q.r(0.1f));
    q.rect(ImVec2(dx, ground - q.r(0.2f)), ImVec2(dx + dw, ground), rgba(52, 40, 36));
    q.rect(ImVec2(dx + dw * 0.2f, ground - q.r(0.18f)), ImVec2(dx + dw * 0.8f, ground - q.r(0.1f)), rgba(220, 180, 110, 200));
    q.circle(ImVec2(dx + dw * 0.8f, ground - q.r(0.08f)), std::max(1.0f, q.r(0.006f)), tone::kAmber);
    float awning_y = ground - q.r(0.26f);
    if (kind % 5 == 0 || kind % 5 == 1) {  // a shop's or a café's striped awning
        for (int i = 0; i < 6; ++i) {
            float sx = x + width * static_cast<float>(i) / 6.0f;
            q.quad(ImVec2(sx, awning_y), ImVec2(sx + width / 6.0f, awning_y), ImVec2(sx + width / 6.0f + q.r(0.01f), awning_y + q.r(0.05f)),
                   ImVec2(sx + q.r(0.01f), awning_y + q.r(0.05f)), i % 2 ? tone::kCream : (kind % 5 ? tone::kTeal : tone::kRose));
        }
    } else if (kind % 5 == 2) {  // the clinic's cross
        ImVec2 c(x + width * 0.15f, awning_y + q.r(0.02f));
        q.rect(ImVec2(c.x - q.r(0.012f), c.y - q.r(0.035f)), ImVec2(c.x + q.r(0.012f), c.y + q.r(0.035f)), rgba(130, 200, 150));
        q.rect(ImVec2(c.x - q.r(0.035f), c.y - q.r(0.012f)), ImVec2(c.x + q.r(0.035f), c.y + q.r(0.012f)), rgba(130, 200, 150));
    } else if (kind % 5 == 3) {  // the hotel's canopy
        q.rect(ImVec2(dx - dw * 0.3f, awning_y + q.r(0.02f)), ImVec2(dx + dw * 1.3f, awning_y + q.r(0.05f)), tone::kNavy, q.r(0.01f));
    } else {  // the bank's columns
        for (float cx : {0.12f, 0.8f}) q.rect(ImVec2(x + width * cx, awning_y), ImVec2(x + width * (cx + 0.08f), ground), rgba(150, 140, 128));
    }
}

void street(const Pen& q) {
    q.grad(q.p(0, 0), q.p(1, 0.86f), rgba(26, 32, 50), rgba(70, 66, 86));  // dusk
    q.circle(q.p(0.86f, 0.1f), q.r(0.03f), rgba(220, 214, 190, 110));
    float ground = q.a.y + q.r(0.86f), width = q.r(0.36f), gap = q.r(0.03f);
    int count = static_cast<int>(q.w / (width + gap)) + 2;
    float start = q.a.x + (q.w - static_cast<float>(count) * (width + gap)) * 0.5f;  // a door in the middle
    for (int i = 0; i < count; ++i) house(q, start + static_cast<float>(i) * (width + gap), width, i, ground);
    q.rect(ImVec2(q.a.x, ground), q.p(1, 1), rgba(44, 46, 56));  // the pavement
    q.rect(ImVec2(q.a.x, ground), ImVec2(q.a.x + q.w, ground + q.r(0.015f)), rgba(90, 92, 104));
    for (int i = 0; i <= count; ++i) {  // street lamps between the houses
        float lx = start + static_cast<float>(i) * (width + gap) - gap * 0.5f;
        if (i % 2) continue;  // one lamp every other house
        q.line(ImVec2(lx, ground), ImVec2(lx, ground - q.r(0.3f)), rgba(40, 44, 54), std::max(1.0f, q.r(0.01f)));
        q.glow(ImVec2(lx, ground - q.r(0.31f)), q.r(0.08f));
        q.circle(ImVec2(lx, ground - q.r(0.31f)), q.r(0.014f), rgba(230, 200, 140));
    }
}

using SceneFn = void (*)(const Pen&);
struct SceneRow {
    Scene scene;
    const char* name;
    SceneFn draw;
};
const SceneRow kScenes[] = {
    {Scene::Street, "street", street}, {Scene::Retail, "retail", retail},    {Scene::Hotel, "hotel", hotel},
    {Scene::Cafe, "cafe", cafe},       {Scene::Travel, "travel", travel},    {Scene::Health, "health", health},
    {Scene::Finance, "finance", finance}, {Scene::Support, "support", support},
};

const SceneRow& row_of(Scene s) {
    for (const SceneRow& r : kScenes)
        if (r.scene == s) return r;
    return kScenes[0];
}

bool has_word(const std::string& text, const char* word) {
    std::string lower = text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find(word) != std::string::npos;
}

}  // namespace

Scene scene_for(const std::string& sector_word, const std::string& place) {
    std::string sector = fd::sector_for(sector_word);
    if (sector.empty()) sector = sector_word;
    if (sector == "retail") return Scene::Retail;
    if (sector == "hospitality") {
        for (const char* w : {"caf\u00e9", "cafe", "coffee", "restaurant", "bar ", "bistro"})
            if (has_word(place, w) || has_word(sector_word, w)) return Scene::Cafe;
        return Scene::Hotel;
    }
    if (sector == "travel") return Scene::Travel;
    if (sector == "health") return Scene::Health;
    if (sector == "finance") return Scene::Finance;
    if (sector == "support") return Scene::Support;
    return Scene::Street;  // a setting the game has no scene for: the street of front doors
}

const char* scene_name(Scene s) { return row_of(s).name; }

void draw_scene(ImDrawList* dl, ImVec2 min, ImVec2 max, Scene s, bool high_contrast) {
    float w = max.x - min.x, h = max.y - min.y;
    if (w < 2 || h < 2) return;
    float stage_w = std::min(w, h * 2.4f);
    Pen q{dl, min, w, h, min.x + (w - stage_w) * 0.5f, stage_w, high_contrast};
    q.thick = std::max(1.0f, h / 180.0f);
    dl->PushClipRect(min, max, false);  // the whole area, a window's padding too
    if (high_contrast) dl->AddRectFilled(min, max, IM_COL32(0, 0, 0, 255));
    row_of(s).draw(q);
    dl->PopClipRect();
}

}  // namespace fdg
