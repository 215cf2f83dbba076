// Text at a fitted step for the projector pages (see projector_fit.hpp).
#include "projector_fit.hpp"

#include <algorithm>

#include "fit_text.hpp"
#include "layout_probe.hpp"

namespace fdg {

std::vector<float> projector_steps(const Ui& ui) {
    std::vector<float> out;
    for (float scale : kFitSteps)
        if (scale >= 1 || ui.fonts.body->FontSize * scale >= min_fit_px(ui.size)) out.push_back(scale);
    return out;
}

float fit_height(ImFont* font, float scale, const std::string& s, float width) {
    if (s.empty()) return 0;
    return fit_text(font, scale, s, width).size.y + ImGui::GetStyle().ItemSpacing.y * std::min(scale, 1.0f);
}

void fit_line(ImFont* font, float scale, ImU32 color, const std::string& s, float width) {
    if (s.empty()) return;
    FitText t = fit_text(font, scale, s, width);
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw_fit_text(ImGui::GetWindowDrawList(), font, scale, at, color, t);
    probe_rect("text", s, at, ImVec2(at.x + t.size.x, at.y + t.size.y));
    // The space under it shrinks with the text, so a smaller step gains lines, not gaps.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, ImGui::GetStyle().ItemSpacing.y * std::min(scale, 1.0f)));
    ImGui::Dummy(ImVec2(t.size.x, t.size.y));
    ImGui::PopStyleVar();
}

void fit_gap(float px, float scale) {
    float k = std::min(scale, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, ImGui::GetStyle().ItemSpacing.y * k));
    ImGui::Dummy(ImVec2(0, px * k));
    ImGui::PopStyleVar();
}

float fit_gap_height(float px, float scale) {
    float k = std::min(scale, 1.0f);
    return px * k + ImGui::GetStyle().ItemSpacing.y * k;
}

}  // namespace fdg
