// The summary's profile plane: where the player's answers sit between assertive and cooperative.
#include "profile_plane.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "layout_probe.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

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

bool collides(const ImVec4& r, const std::vector<ImVec4>& taken) {
    for (const ImVec4& t : taken)
        if (r.x < t.z && t.x < r.z && r.y < t.w && t.y < r.w) return true;
    return false;
}

// A mode's label beside its circle: below or above it (whichever the mode
// prefers first), then left or right, inside the plane and clear of every label
// placed so far. Too crowded (large text on a small plane): the same in the
// smaller font, then the name alone, then the count alone; the list beside the plane names them all.
void place_label(ImDrawList* dl, std::initializer_list<ImFont*> fonts, std::initializer_list<std::string> labels,
                 ImVec2 c, float r, bool below_first, ImVec2 a, ImVec2 b, ImU32 col, std::vector<ImVec4>& taken) {
    for (const std::string& label : labels)
        for (ImFont* f : fonts) {
            ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label.c_str());
            float gap = f->FontSize * 0.2f;
            ImVec2 below(c.x - ts.x * 0.5f, c.y + r + gap), above(c.x - ts.x * 0.5f, c.y - r - gap - ts.y);
            ImVec2 spots[] = {below_first ? below : above, below_first ? above : below,
                              ImVec2(c.x + r + gap, c.y - ts.y * 0.5f), ImVec2(c.x - r - gap - ts.x, c.y - ts.y * 0.5f)};
            for (ImVec2 at : spots) {
                at.x = std::clamp(at.x, a.x + gap, std::max(a.x + gap, b.x - gap - ts.x));
                ImVec4 box(at.x, at.y, at.x + ts.x, at.y + ts.y);
                if (box.y < a.y || box.w > b.y || box.z > b.x || collides(box, taken)) continue;
                taken.push_back(box);
                dl->AddText(f, f->FontSize, at, col, label.c_str());
                probe_text("chart_label", f, at, label);
                return;
            }
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
    // Axis titles, shortened when large text meets a small plane.
    // Each stays within the middle 80% of its side, so the two never meet at the corner.
    auto fit = [&](const char* full, const char* brief) {
        auto w = [&](const char* t) { return small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, t).x; };
        return w(full) <= side * 0.8f ? full : w(brief) <= side * 0.8f ? brief : "";
    };
    const char* across = fit(fd::tr("Assertiveness \u2192"), fd::tr("Assert. \u2192"));
    const char* up = fit(fd::tr("Cooperativeness \u2192"), fd::tr("Coop. \u2192"));
    centered(dl, small, ImVec2((a.x + b.x) * 0.5f, b.y + small->FontSize * 0.9f), color::kMuted, across);
    vertical(dl, small, ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f), ImVec2(tl.x + small->FontSize * 0.7f, (a.y + b.y) * 0.5f), color::kMuted,
             up);

    // The player's marker and its label first: the mode labels are placed around it.
    std::vector<ImVec4> taken;
    ImVec2 me = at(p.mean);
    float me_r = ui.u(11);
    ImVec2 who_size = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, who);
    float who_x = me.x + me_r + ui.u(8);
    if (who_x + who_size.x > b.x) who_x = me.x - me_r - ui.u(8) - who_size.x;
    who_x = std::clamp(who_x, a.x + ui.u(4), std::max(a.x + ui.u(4), b.x - ui.u(4) - who_size.x));
    ImVec2 who_at(who_x, me.y - who_size.y * 0.5f);
    bool who_fits = who_size.x + ui.u(8) <= b.x - a.x;  // else the marker alone (the list beside says who)
    if (p.decisions > 0 && who_fits) {
        taken.push_back(ImVec4(who_x - ui.u(4), who_at.y - ui.u(2), who_x + who_size.x + ui.u(4), who_at.y + who_size.y + ui.u(2)));
        taken.push_back(ImVec4(me.x - me_r - ui.u(3), me.y - me_r - ui.u(3), me.x + me_r + ui.u(3), me.y + me_r + ui.u(3)));
    }

    int most = 1;
    for (int c : p.counts) most = std::max(most, c);
    // Area grows with the count, so a mode chosen twice as often looks twice as big.
    auto radius = [&](fd::Mode m) {
        return ui.u(8) + side * 0.07f * std::sqrt(static_cast<float>(p.count(m)) / static_cast<float>(most));
    };
    // Every circle first, so no label is placed over one.
    for (fd::Mode m : fd::kAllModes) {
        ImVec2 c = at(fd::mode_position(m));
        float r = radius(m);
        taken.push_back(ImVec4(c.x - r, c.y - r, c.x + r, c.y + r));
        int n = p.count(m);
        ImU32 col = mode_color(m);
        dl->AddCircleFilled(c, r, n ? col : IM_COL32(60, 68, 88, 255), 40);
        if (!n) dl->AddCircle(c, r, col, 40, std::max(1.5f, ui.u(2)));
    }
    for (fd::Mode m : fd::kAllModes) {
        int n = p.count(m);
        std::string label = std::string(mode_label(m)) + "  \u00d7" + std::to_string(n);
        bool below_first = fd::mode_position(m).cooperativeness > 0.7 || m == fd::Mode::Compromise;
        // Crowded: the name alone before the count alone, so a mode is never told by its colour only.
        place_label(dl, {bold, small}, {label, std::string(mode_label(m)), "\u00d7" + std::to_string(n)}, at(fd::mode_position(m)), radius(m),
                    below_first, a, b, mode_color(m), taken);
    }
    if (p.decisions > 0) {
        float r = me_r;
        dl->AddCircleFilled(me, r, IM_COL32(255, 255, 255, 255), 32);
        dl->AddCircle(me, r + ui.u(3), IM_COL32(20, 20, 20, 255), 32, ui.u(3));
        dl->AddLine(ImVec2(me.x - r * 0.6f, me.y), ImVec2(me.x + r * 0.6f, me.y), IM_COL32(20, 20, 20, 255), ui.u(3));
        dl->AddLine(ImVec2(me.x, me.y - r * 0.6f), ImVec2(me.x, me.y + r * 0.6f), IM_COL32(20, 20, 20, 255), ui.u(3));
        if (who_fits) {
            dl->AddRectFilled(ImVec2(who_x - ui.u(4), who_at.y - ui.u(2)),
                              ImVec2(who_x + who_size.x + ui.u(4), who_at.y + who_size.y + ui.u(2)),
                              IM_COL32(255, 255, 255, 235), ui.u(4));
            dl->AddText(bold, bold->FontSize, who_at, IM_COL32(20, 20, 20, 255), who);
            probe_text("chart_label", bold, who_at, who);
        }
    }
    ImGui::Dummy(ImVec2(size, size + small->FontSize * 1.6f));
}

}  // namespace fdg
