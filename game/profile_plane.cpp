// The summary's profile plane: where the player's answers sit between assertive and cooperative.
#include "profile_plane.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "layout_probe.hpp"
#include "theme.hpp"

namespace fdg {

namespace {

void centered(ImDrawList* dl, ImFont* f, ImVec2 at, ImU32 col, const std::string& s) {
    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.c_str());
    dl->AddText(f, f->FontSize, ImVec2(at.x - ts.x * 0.5f, at.y - ts.y * 0.5f), col, s.c_str());
    probe_text("chart_label", f, ImVec2(at.x - ts.x * 0.5f, at.y - ts.y * 0.5f), s);
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
    // Turned, it is as wide as the text is tall.
    probe_rect("chart_label", s, ImVec2(center.x - ts.y * 0.5f, center.y - ts.x * 0.5f),
               ImVec2(center.x + ts.y * 0.5f, center.y + ts.x * 0.5f));
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

    int most = 1;
    for (int c : p.counts) most = std::max(most, c);
    for (fd::Mode m : fd::kAllModes) {
        ImVec2 c = at(fd::mode_position(m));
        int n = p.count(m);
        // Area grows with the count, so a mode chosen twice as often looks twice as big.
        float r = ui.u(8) + side * 0.07f * std::sqrt(static_cast<float>(n) / static_cast<float>(most));
        ImU32 col = mode_color(m);
        dl->AddCircleFilled(c, r, n ? col : IM_COL32(60, 68, 88, 255), 40);
        if (!n) dl->AddCircle(c, r, col, 40, std::max(1.5f, ui.u(2)));
        std::string label = std::string(mode_label(m)) + "  \u00d7" + std::to_string(n);
        float ly = fd::mode_position(m).cooperativeness > 0.7 ? c.y + r + bold->FontSize * 0.7f
                                                             : c.y - r - bold->FontSize * 0.7f;
        if (m == fd::Mode::Compromise) ly = c.y + r + bold->FontSize * 0.7f;
        float tw = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, label.c_str()).x;
        float lx = std::clamp(c.x, a.x + tw * 0.5f + ui.u(4), b.x - tw * 0.5f - ui.u(4));
        centered(dl, bold, ImVec2(lx, ly), col, label);
    }
    if (p.decisions > 0) {
        ImVec2 me = at(p.mean);
        float r = ui.u(11);
        dl->AddCircleFilled(me, r, IM_COL32(255, 255, 255, 255), 32);
        dl->AddCircle(me, r + ui.u(3), IM_COL32(20, 20, 20, 255), 32, ui.u(3));
        dl->AddLine(ImVec2(me.x - r * 0.6f, me.y), ImVec2(me.x + r * 0.6f, me.y), IM_COL32(20, 20, 20, 255), ui.u(3));
        dl->AddLine(ImVec2(me.x, me.y - r * 0.6f), ImVec2(me.x, me.y + r * 0.6f), IM_COL32(20, 20, 20, 255), ui.u(3));
        ImVec2 ts = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, who);
        float lx = me.x + r + ui.u(8);
        if (lx + ts.x > b.x) lx = me.x - r - ui.u(8) - ts.x;
        dl->AddRectFilled(ImVec2(lx - ui.u(4), me.y - ts.y * 0.5f - ui.u(2)),
                          ImVec2(lx + ts.x + ui.u(4), me.y + ts.y * 0.5f + ui.u(2)), IM_COL32(255, 255, 255, 235), ui.u(4));
        dl->AddText(bold, bold->FontSize, ImVec2(lx, me.y - ts.y * 0.5f), IM_COL32(20, 20, 20, 255), who);
        probe_text("chart_label", bold, ImVec2(lx, me.y - ts.y * 0.5f), who);
    }
    ImGui::Dummy(ImVec2(size, size + small->FontSize * 1.6f));
}

}  // namespace fdg
