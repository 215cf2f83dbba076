// --portraits: every customer of the story in each of the eight moods, in a grid
// as large as the window allows, to look at (the portrait tests keep its PNGs).
#include <algorithm>
#include <cmath>
#include <set>

#include <imgui.h>

#include "portrait.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"
#include "vocabulary.hpp"

namespace fdg {

std::vector<fd::Customer> story_customers(const Game& g) {
    std::vector<fd::Customer> out;
    std::set<std::string> seen;
    if (!g.library().main_story) return out;
    for (const auto& stage : g.library().main_story->stages)
        if (stage.encounter && seen.insert(stage.encounter->customer.name).second)
            out.push_back(stage.encounter->customer);
    return out;
}

namespace {

// The side of the largest square cell that fits `n` cells in `w` x `h`, and its columns.
std::pair<float, int> grid(int n, float w, float h) {
    float best = 0;
    int best_cols = 1;
    for (int cols = 1; cols <= n; ++cols) {
        int rows = (n + cols - 1) / cols;
        float side = std::min(w / static_cast<float>(cols), h / static_cast<float>(rows));
        if (side > best) best = side, best_cols = cols;
    }
    return {best, best_cols};
}

}  // namespace

void screen_portraits(const Game& g, Ui& ui) {
    begin_screen("##portraits");
    std::vector<fd::Customer> people = story_customers(g);
    float pad = ui.u(12);
    ImGui::SetCursorPos(ImVec2(pad, pad));
    text(ui.fonts.bold, color::kText, fd::tr("Portraits: each customer in each mood, from furious to delighted"));
    float top = ImGui::GetCursorPosY() + ui.u(4);
    int n = static_cast<int>(people.size() * fd::kMoods.size());
    if (n == 0) {
        end_screen();
        return;
    }
    auto [cell, cols] = grid(n, ui.size.x - 2 * pad, ui.size.y - top - pad);
    float label_h = ui.fonts.small->FontSize * 2 + ui.u(4);
    float face = std::max(8.0f, cell - label_h - ui.u(6));
    ImVec2 origin = ImGui::GetWindowPos();
    for (int i = 0; i < n; ++i) {
        const fd::Customer& c = people[static_cast<std::size_t>(i) / fd::kMoods.size()];
        std::size_t mood = static_cast<std::size_t>(i) % fd::kMoods.size();
        float x = pad + static_cast<float>(i % cols) * cell, y = top + static_cast<float>(i / cols) * cell;
        draw_portrait(ImGui::GetWindowDrawList(), ImVec2(origin.x + x + (cell - face) * 0.5f, origin.y + y), face, c,
                      static_cast<float>(mood));
        ImGui::SetCursorPos(ImVec2(x, y + face + ui.u(2)));
        text_centered(ui.fonts.small, color::kText, first_name(c.name), cell);
        ImGui::SetCursorPosX(x);
        text_centered(ui.fonts.small, color::kMuted, fd::kMoods[mood], cell);
    }
    end_screen();
}

}  // namespace fdg
