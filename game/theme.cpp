// The colours and ImGui style of the game, sized from the body text.
#include "theme.hpp"

#include <cctype>
#include <cstdlib>

#include "rules.hpp"
#include "ui_text.hpp"

namespace fdg {

ImU32 mode_color(fd::Mode m) {
    switch (m) {
        case fd::Mode::Avoid: return IM_COL32(170, 176, 190, 255);
        case fd::Mode::Accommodate: return IM_COL32(110, 206, 140, 255);
        case fd::Mode::Compromise: return IM_COL32(244, 190, 80, 255);
        case fd::Mode::Collaborate: return IM_COL32(100, 178, 255, 255);
        case fd::Mode::Compete: return IM_COL32(255, 126, 112, 255);
    }
    return color::kText;
}

const char* mode_label(fd::Mode m) {
    switch (m) {
        case fd::Mode::Avoid: return fd::trc("mode", "Avoid");
        case fd::Mode::Accommodate: return fd::trc("mode", "Accommodate");
        case fd::Mode::Compromise: return fd::trc("mode", "Compromise");
        case fd::Mode::Collaborate: return fd::trc("mode", "Collaborate");
        case fd::Mode::Compete: return fd::trc("mode", "Compete");
    }
    return "?";
}

const char* mode_summary(fd::Mode m) {
    switch (m) {
        case fd::Mode::Avoid: return fd::tr("neither assertive nor cooperative");
        case fd::Mode::Accommodate: return fd::tr("cooperative, unassertive");
        case fd::Mode::Compromise: return fd::tr("the middle of both");
        case fd::Mode::Collaborate: return fd::tr("assertive and cooperative");
        case fd::Mode::Compete: return fd::tr("assertive, uncooperative");
    }
    return "";
}

ImU32 outcome_color(const std::string& outcome) {
    if (outcome == "won_back" || outcome == "kept") return color::kGood;
    if (outcome == "lost") return color::kBad;
    if (outcome == "escalated") return IM_COL32(255, 160, 90, 255);
    return color::kAccent;  // parted
}

std::string outcome_label(const std::string& outcome) {
    if (outcome == "won_back") return fd::trc("outcome", "Won back");
    if (outcome == "kept") return fd::trc("outcome", "Kept");
    if (outcome == "lost") return fd::trc("outcome", "Lost");
    if (outcome == "escalated") return fd::trc("outcome", "Escalated");
    if (outcome == "parted") return fd::trc("outcome", "Parted on good terms");
    return capitalised(outcome);
}

std::string mood_label(const std::string& mood) {
    if (mood == "furious") return fd::trc("mood", "Furious");
    if (mood == "angry") return fd::trc("mood", "Angry");
    if (mood == "upset") return fd::trc("mood", "Upset");
    if (mood == "wary") return fd::trc("mood", "Wary");
    if (mood == "neutral") return fd::trc("mood", "Neutral");
    if (mood == "calm") return fd::trc("mood", "Calm");
    if (mood == "pleased") return fd::trc("mood", "Pleased");
    if (mood == "delighted") return fd::trc("mood", "Delighted");
    return capitalised(mood);
}

// Worst moods red, best green, through amber: the same order as the engine's mood scale.
ImU32 mood_color(const std::string& mood) {
    static const ImU32 kByRank[] = {IM_COL32(255, 92, 80, 255),   IM_COL32(255, 128, 96, 255),
                                    IM_COL32(255, 170, 100, 255), IM_COL32(240, 206, 110, 255),
                                    IM_COL32(210, 214, 200, 255), IM_COL32(160, 220, 170, 255),
                                    IM_COL32(120, 220, 140, 255), IM_COL32(100, 236, 130, 255)};
    int r = fd::mood_rank(mood);
    if (r < 0 || r > 7) return color::kText;
    return kByRank[r];
}




ImVec4 to_vec4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

void set_palette(bool high_contrast) {
    using namespace color;
    if (high_contrast) {
        kBackground = IM_COL32(0, 0, 0, 255);
        kPanel = IM_COL32(10, 10, 14, 255);
        kPanelEdge = IM_COL32(200, 200, 210, 255);
        kText = IM_COL32(255, 255, 255, 255);
        kMuted = IM_COL32(225, 225, 230, 255);
        kSpeech = IM_COL32(24, 28, 40, 255);
        kButton = IM_COL32(16, 18, 26, 255);
        kButtonHover = IM_COL32(40, 46, 64, 255);
        kButtonActive = IM_COL32(8, 8, 12, 255);
        kFocus = IM_COL32(255, 255, 0, 255);
        kChip = IM_COL32(0, 0, 0, 255);
        return;
    }
    kBackground = IM_COL32(20, 24, 33, 255);
    kPanel = IM_COL32(33, 39, 53, 255);
    kPanelEdge = IM_COL32(70, 80, 102, 255);
    kText = IM_COL32(242, 242, 236, 255);
    kMuted = IM_COL32(178, 186, 200, 255);
    kSpeech = IM_COL32(46, 56, 78, 255);
    kButton = IM_COL32(45, 54, 74, 255);
    kButtonHover = IM_COL32(62, 74, 100, 255);
    kButtonActive = IM_COL32(38, 46, 64, 255);
    kFocus = IM_COL32(255, 214, 102, 255);
    kChip = IM_COL32(30, 34, 44, 255);
}

void apply_theme(float body_px, bool facilitator) {
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    float u = body_px / 20.0f;  // the style was tuned at 20 px body text
    style.WindowPadding = ImVec2(16 * u, 14 * u);
    style.FramePadding = ImVec2(10 * u, 6 * u);
    style.ItemSpacing = ImVec2(10 * u, 8 * u);
    style.ItemInnerSpacing = ImVec2(8 * u, 6 * u);
    style.ScrollbarSize = 16 * u;
    style.GrabMinSize = 14 * u;
    style.WindowRounding = 6 * u;
    style.ChildRounding = 6 * u;
    style.FrameRounding = 5 * u;
    style.PopupRounding = 6 * u;
    style.GrabRounding = 4 * u;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.FrameBorderSize = 1;
    // Baked-texture lines sample unevenly with SDL's software renderer; plain geometry is exact.
    style.AntiAliasedLinesUseTex = false;
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = to_vec4(color::kText);
    c[ImGuiCol_TextDisabled] = to_vec4(color::kMuted);
    c[ImGuiCol_WindowBg] = to_vec4(facilitator ? IM_COL32(0, 0, 0, 255) : color::kBackground);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = to_vec4(color::kPanel);
    c[ImGuiCol_Border] = to_vec4(color::kPanelEdge);
    c[ImGuiCol_FrameBg] = to_vec4(color::kButton);
    c[ImGuiCol_FrameBgHovered] = to_vec4(color::kButtonHover);
    c[ImGuiCol_FrameBgActive] = to_vec4(color::kButtonActive);
    c[ImGuiCol_Button] = to_vec4(color::kButton);
    c[ImGuiCol_ButtonHovered] = to_vec4(color::kButtonHover);
    c[ImGuiCol_ButtonActive] = to_vec4(color::kButtonActive);
    c[ImGuiCol_CheckMark] = to_vec4(color::kAccent);
    c[ImGuiCol_NavHighlight] = to_vec4(color::kFocus);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.7f);
    ImGui::GetStyle() = style;
}

}  // namespace fdg
