// The Records screen's charts of records_charts.hpp: bars, a line, the spread of
// profiles on the plane and the figures, with every label kept inside its frame.
#include "records_charts.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "layout_probe.hpp"
#include "mode.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {
namespace {

float width_of(ImFont* f, const std::string& s) { return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.c_str()).x; }

// Draws a chart's label and tells the probe which frame it belongs in.
void label(ImDrawList* dl, ImFont* f, ImVec2 at, ImU32 col, const std::string& s, ImVec2 frame_min, ImVec2 frame_max) {
    if (s.empty()) return;
    dl->AddText(f, f->FontSize, at, col, s.c_str());
    probe_text("chart_label", f, at, s, 0, frame_min, frame_max);
}

std::string share_text(const fd::Share& s) {
    char percent[16];
    std::snprintf(percent, sizeof percent, "%.0f%%", s.value() * 100);
    return fd::format_text(fd::tr("{percent} of {n}"), {{"percent", percent}, {"n", std::to_string(s.total)}});
}

ImU32 share_color(double v) { return v >= 0.6 ? color::kGood : v >= 0.3 ? color::kAccent : color::kBad; }

}  // namespace

std::string fitted(ImFont* font, const std::string& s, float max_width) {
    if (width_of(font, s) <= max_width) return s;
    std::string cut = s;
    while (!cut.empty()) {
        unsigned char c = 0;
        do {  // drop one whole UTF-8 character
            c = static_cast<unsigned char>(cut.back());
            cut.pop_back();
        } while (!cut.empty() && (c & 0xC0) == 0x80);
        if (width_of(font, cut + "\u2026") <= max_width) return cut + "\u2026";
    }
    return "";
}

void share_bars(Ui& ui, const std::vector<ShareBar>& bars, float width) {
    ImFont* f = ui.fonts.small;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float row = f->FontSize * 1.5f, gap = ui.u(8);
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImVec2 end(o.x + width, o.y + row * static_cast<float>(bars.size()));
    float num_w = 0, label_w = 0;
    for (const ShareBar& b : bars) {
        num_w = std::max(num_w, width_of(f, share_text(b.share)));
        label_w = std::max(label_w, width_of(f, b.label));
    }
    // The label column gives way to the bars: at most 40% of the width.
    label_w = std::min(label_w, std::max(0.0f, std::min(width * 0.4f, width - num_w - 3 * gap - ui.u(40))));
    float x0 = o.x + label_w + gap, x1 = std::max(x0, end.x - num_w - gap);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const ShareBar& b = bars[i];
        float y = o.y + row * static_cast<float>(i), ty = y + (row - f->FontSize) * 0.5f;
        label(dl, f, ImVec2(o.x, ty), color::kText, fitted(f, b.label, label_w), o, end);
        float y0 = y + row * 0.2f, y1 = y + row * 0.8f;
        dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), IM_COL32(44, 50, 66, 255), ui.u(3));
        float filled = (x1 - x0) * static_cast<float>(b.share.value());
        if (filled > 0) dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + filled, y1), share_color(b.share.value()), ui.u(3));
        label(dl, f, ImVec2(x1 + gap, ty), color::kMuted, fitted(f, share_text(b.share), end.x - x1 - gap), o, end);
    }
    ImGui::Dummy(ImVec2(width, std::max(row * static_cast<float>(bars.size()), 1.0f)));
}

void share_line(Ui& ui, const std::vector<double>& shares, float width, float height) {
    ImFont* f = ui.fonts.small;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 o = ImGui::GetCursorScreenPos(), end(o.x + width, o.y + height);
    float axis_w = width_of(f, "100%") + ui.u(8);
    ImVec2 a(o.x + axis_w, o.y + f->FontSize * 0.5f), b(end.x - ui.u(6), end.y - f->FontSize * 1.4f);
    if (b.y - a.y < f->FontSize || b.x - a.x < ui.u(40) || shares.empty()) {
        ImGui::Dummy(ImVec2(width, height));
        return;
    }
    dl->AddRectFilled(a, b, IM_COL32(30, 36, 50, 255), ui.u(4));
    dl->AddLine(ImVec2(a.x, (a.y + b.y) * 0.5f), ImVec2(b.x, (a.y + b.y) * 0.5f), IM_COL32(70, 80, 102, 160), 1);
    label(dl, f, ImVec2(a.x - ui.u(6) - width_of(f, "100%"), a.y - f->FontSize * 0.5f), color::kMuted, "100%", o, end);
    label(dl, f, ImVec2(a.x - ui.u(6) - width_of(f, "0%"), b.y - f->FontSize * 0.5f), color::kMuted, "0%", o, end);
    std::size_t n = shares.size();
    auto at = [&](std::size_t i) {
        float t = n > 1 ? static_cast<float>(i) / static_cast<float>(n - 1) : 0.5f;
        return ImVec2(a.x + ui.u(8) + t * (b.x - a.x - ui.u(16)),
                      b.y - static_cast<float>(std::clamp(shares[i], 0.0, 1.0)) * (b.y - a.y));
    };
    for (std::size_t i = 1; i < n; ++i) dl->AddLine(at(i - 1), at(i), color::kAccent, ui.u(2.5f));
    for (std::size_t i = 0; i < n; ++i) dl->AddCircleFilled(at(i), ui.u(4), share_color(shares[i]), 16);
    // The first and the last attempt are named under the line; shorter when they would meet.
    std::string last = fd::format_text(fd::tr("attempt {n}"), {{"n", std::to_string(n)}});
    std::string first = n > 1 ? fd::format_text(fd::tr("attempt {n}"), {{"n", "1"}}) : last, end_label = n > 1 ? last : "";
    if (width_of(f, first) + width_of(f, end_label) + ui.u(16) > b.x - a.x) {
        first = n > 1 ? "1" : fitted(f, first, b.x - a.x);
        end_label = n > 1 ? std::to_string(n) : "";
    }
    float ly = b.y + f->FontSize * 0.2f;
    float fx = n > 1 ? a.x : std::max(a.x, at(0).x - width_of(f, first) * 0.5f);
    label(dl, f, ImVec2(fx, ly), color::kMuted, first, o, end);
    if (!end_label.empty()) label(dl, f, ImVec2(b.x - width_of(f, end_label), ly), color::kMuted, end_label, o, end);
    ImGui::Dummy(ImVec2(width, height));
}

void profile_spread(Ui& ui, const fd::RecordsReport& r, float size) {
    ImFont* f = ui.fonts.small;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 o = ImGui::GetCursorScreenPos(), end(o.x + size, o.y + size);
    float line = f->FontSize * 1.3f;
    ImVec2 a(o.x + ui.u(4), o.y + line), b(end.x - ui.u(4), end.y - line);
    float side = std::min(b.x - a.x, b.y - a.y);
    b = ImVec2(a.x + side, a.y + side);
    auto at = [&](double x, double y) {
        return ImVec2(a.x + static_cast<float>(std::clamp(x, 0.0, 1.0)) * side,
                      b.y - static_cast<float>(std::clamp(y, 0.0, 1.0)) * side);
    };
    dl->AddRectFilled(a, b, IM_COL32(30, 36, 50, 255), ui.u(6));
    dl->AddRect(a, b, color::kPanelEdge, ui.u(6), 0, std::max(1.0f, ui.u(1.5f)));
    ImU32 grid = IM_COL32(70, 80, 102, 160);
    dl->AddLine(ImVec2((a.x + b.x) * 0.5f, a.y), ImVec2((a.x + b.x) * 0.5f, b.y), grid, 1);
    dl->AddLine(ImVec2(a.x, (a.y + b.y) * 0.5f), ImVec2(b.x, (a.y + b.y) * 0.5f), grid, 1);
    for (fd::Mode m : fd::kAllModes) {  // where the five modes sit, as rings in their colours
        fd::PlanePoint q = fd::mode_position(m);
        dl->AddCircle(at(q.assertiveness, q.cooperativeness), ui.u(7), mode_color(m), 24, std::max(1.5f, ui.u(2)));
    }
    for (const fd::PlayerReport& p : r.players)
        if (p.has_profile) dl->AddCircleFilled(at(p.assertiveness, p.cooperativeness), ui.u(3.5f), color::kText, 12);
    if (r.profiles > 0) {
        ImVec2 lo = at(r.mean_a - r.sd_a, r.mean_c - r.sd_c), hi = at(r.mean_a + r.sd_a, r.mean_c + r.sd_c);
        dl->AddRect(ImVec2(lo.x, hi.y), ImVec2(hi.x, lo.y), color::kAccent, ui.u(3), 0, ui.u(2));
        ImVec2 m = at(r.mean_a, r.mean_c);
        float k = ui.u(8);
        dl->AddLine(ImVec2(m.x - k, m.y), ImVec2(m.x + k, m.y), color::kAccent, ui.u(3));
        dl->AddLine(ImVec2(m.x, m.y - k), ImVec2(m.x, m.y + k), color::kAccent, ui.u(3));
    }
    // Axis titles outside the plane: cooperativeness above it, assertiveness under it.
    std::string up = fitted(f, fd::tr("\u2191 Cooperativeness"), side);
    std::string across = fitted(f, fd::tr("Assertiveness \u2192"), side);
    label(dl, f, ImVec2(a.x, o.y + (line - f->FontSize) * 0.5f), color::kMuted, up, o, end);
    label(dl, f, ImVec2(b.x - width_of(f, across), b.y + (line - f->FontSize) * 0.5f), color::kMuted, across, o, end);
    ImGui::Dummy(ImVec2(size, side + 2 * line));
}

void stat_tiles(Ui& ui, const std::vector<std::pair<std::string, std::string>>& tiles, float width) {
    float x0 = ImGui::GetCursorPosX(), x = x0, gap = ui.u(28);
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const auto& [name, value] = tiles[i];
        float w = std::min(width, std::max(width_of(ui.fonts.small, name), width_of(ui.fonts.heading, value)));
        if (i > 0 && x + gap + w <= x0 + width) {
            ImGui::SameLine(0, gap);
            x += gap;
        } else if (i > 0) {
            ImGui::SetCursorPosX(x0);
            x = x0;
        }
        ImGui::BeginGroup();
        text(ui.fonts.small, color::kMuted, fitted(ui.fonts.small, name, w));
        text(ui.fonts.heading, color::kText, fitted(ui.fonts.heading, value, w));
        ImGui::EndGroup();
        x += w;
    }
}

}  // namespace fdg
