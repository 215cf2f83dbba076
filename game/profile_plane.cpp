// The summary's profile plane: where the player's answers sit between assertive and cooperative.
#include "profile_plane.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "theme.hpp"

namespace fdg {

namespace {

void centered(ImDrawList* dl, ImFont* f, ImVec2 at, ImU32 col, const std::string& s) {
    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.c_str());
    dl->AddText(f, f->FontSize, ImVec2(at.x - ts.x * 0.5f, at.y - ts.y * 0.5f), col, s.c_str());
}

// Writes text upwards (rotated 90 degrees) by rotating the vertices ImGui just
// added. It is laid out at `layout` (inside the clip rectangle, where no glyph
// is culled) and then turned and moved to `center`.
void vertical(ImDrawList* dl, ImFont* f, ImVec2 layout, ImVec2 center, ImU32 col, const std::string& s) {
    int start = dl->VtxBuffer.Size;
    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.c_str());
    dl->AddText(f, f->FontSize, ImVec2(layout.x - ts.x * 0.5f, layout.y - ts.y * 0.5f), col, s.c_str());
    for (int i = start; i < dl->VtxBuffer.Size; ++i) {
        ImVec2 p = dl->VtxBuffer[i].pos;
        float dx = p.x - layout.x, dy = p.y - layout.y;
        dl->VtxBuffer[i].pos = ImVec2(center.x + dy, center.y - dx);
    }
}

}  // namespace

void draw_profile_plane(Ui& ui, ImVec2 tl, float size, const fd::Profile& p, const char* who) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* small = ui.fonts.small;
    ImFont* bold = ui.fonts.bold;
    float margin = small->FontSize * 1.8f;  // room for the axis titles
    ImVec2 a(tl.x + margin, tl.y + ui.u(4));
    float side = size - margin - ui.u(4);
    ImVec2 b(a.x + side, a.y + side);
    auto at = [&](fd::PlanePoint q) {
        return ImVec2(a.x + static_cast<float>(q.assertiveness) * side, b.y - static_cast<float>(q.cooperativeness) * side);
    };

    dl->AddRectFilled(a, b, IM_COL32(30, 36, 50, 255), ui.u(6));
    dl->AddRect(a, b, color::kPanelEdge, ui.u(6), 0, std::max(1.0f, ui.u(1.5f)));
    // Quarter lines: the middle of each axis.
    ImU32 grid = IM_COL32(70, 80, 102, 160);
    dl->AddLine(ImVec2((a.x + b.x) * 0.5f, a.y), ImVec2((a.x + b.x) * 0.5f, b.y), grid, 1);
    dl->AddLine(ImVec2(a.x, (a.y + b.y) * 0.5f), ImVec2(b.x, (a.y + b.y) * 0.5f), grid, 1);
    centered(dl, small, ImVec2((a.x + b.x) * 0.5f, b.y + small->FontSize * 0.9f), color::kMuted,
             "Assertiveness \u2192");
    vertical(dl, small, ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f), ImVec2(tl.x + small->FontSize * 0.7f, (a.y + b.y) * 0.5f), color::kMuted,
             "Cooperativeness \u2192");

    // Each mode's circle, its area growing with the count; the count inside it
    // when it fits (the names and counts are listed beside the plane too). A
    // circle stays inside the frame: the modes sit a tenth of the side in.
    int most = 1;
    for (int c : p.counts) most = std::max(most, c);
    std::vector<ImVec4> taken;  // circles' boxes, for placing the marker's label
    for (fd::Mode m : fd::kAllModes) {
        ImVec2 c = at(fd::mode_position(m));
        int n = p.count(m);
        float r = std::min(side * 0.095f, ui.u(8) + side * 0.07f * std::sqrt(static_cast<float>(n) / static_cast<float>(most)));
        ImU32 col = mode_color(m);
        dl->AddCircleFilled(c, r, n ? col : IM_COL32(60, 68, 88, 255), 40);
        if (!n) dl->AddCircle(c, r, col, 40, std::max(1.5f, ui.u(2)));
        std::string count = std::to_string(n);
        ImVec2 ts = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, count.c_str());
        if (n && ts.x < r * 1.7f && ts.y < r * 1.7f) centered(dl, bold, c, IM_COL32(0, 0, 0, 255), count);
        taken.push_back(ImVec4(c.x - r, c.y - r, c.x + r, c.y + r));
    }
    if (p.decisions > 0) {
        ImVec2 me = at(p.mean);
        float r = ui.u(11);
        dl->AddCircleFilled(me, r, IM_COL32(255, 255, 255, 255), 32);
        dl->AddCircle(me, r + ui.u(3), IM_COL32(20, 20, 20, 255), 32, ui.u(3));
        dl->AddLine(ImVec2(me.x - r * 0.6f, me.y), ImVec2(me.x + r * 0.6f, me.y), IM_COL32(20, 20, 20, 255), ui.u(3));
        dl->AddLine(ImVec2(me.x, me.y - r * 0.6f), ImVec2(me.x, me.y + r * 0.6f), IM_COL32(20, 20, 20, 255), ui.u(3));
        // The label goes right, left, above or below the marker: the first place inside
        // the frame that covers no circle; at the worst, under the frame.
        ImVec2 ts = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, who);
        float gap = r + ui.u(8), pad = ui.u(4);
        ImVec2 tries[] = {ImVec2(me.x + gap, me.y - ts.y * 0.5f), ImVec2(me.x - gap - ts.x, me.y - ts.y * 0.5f),
                          ImVec2(me.x - ts.x * 0.5f, me.y - gap - ts.y), ImVec2(me.x - ts.x * 0.5f, me.y + gap)};
        ImVec2 lp(std::clamp(me.x - ts.x * 0.5f, tl.x, tl.x + size - ts.x), b.y + small->FontSize * 1.6f);
        for (ImVec2 t : tries) {
            ImVec4 box(t.x - pad, t.y - pad, t.x + ts.x + pad, t.y + ts.y + pad);
            bool inside = box.x >= a.x && box.y >= a.y && box.z <= b.x && box.w <= b.y;
            bool clear = std::none_of(taken.begin(), taken.end(), [&](const ImVec4& o) {
                return box.x < o.z && o.x < box.z && box.y < o.w && o.y < box.w;
            });
            if (inside && clear) {
                lp = t;
                break;
            }
        }
        dl->AddRectFilled(ImVec2(lp.x - pad, lp.y - ui.u(2)), ImVec2(lp.x + ts.x + pad, lp.y + ts.y + ui.u(2)),
                          IM_COL32(255, 255, 255, 235), ui.u(4));
        dl->AddText(bold, bold->FontSize, lp, IM_COL32(20, 20, 20, 255), who);
    }
    ImGui::Dummy(ImVec2(size, size + small->FontSize * 1.6f));
}

}  // namespace fdg
