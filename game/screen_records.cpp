// The learner records in the window: the title screen's optional email or employee
// id with "N statements waiting", and the Records screen (the manager's table per
// player, the statements waiting or rejected and why, send now, delete a player's
// records with a second press to confirm). User-visible text is in this file only.
#include <cfloat>
#include <cstdio>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {
namespace {

std::string pct(double v) {
    char b[16];
    std::snprintf(b, sizeof b, "%.0f%%", v * 100);
    return b;
}

// "3 statements waiting to go to the LRS: cannot reach ..." or "" when none wait.
std::string waiting_line(const RecordsStatus& st) {
    if (!st.lrs || st.waiting == 0) return "";
    std::string line = std::to_string(st.waiting) + (st.waiting == 1 ? " statement" : " statements") + " waiting";
    if (!st.last_error.empty()) line += " (the LRS cannot be reached: they go when it is back)";
    return line;
}

void status_block(const Game& g, Ui& ui, float w) {
    const RecordsStatus& st = g.records().status();
    text(ui.fonts.small, color::kMuted, st.lrs ? st.lrs_name : "No LRS configured: records stay on this computer.", w);
    std::string waiting = waiting_line(st);
    if (!waiting.empty()) text(ui.fonts.bold, color::kAccent, waiting, w);
    if (st.lrs && st.waiting == 0 && st.rejected == 0) text(ui.fonts.small, color::kGood, "Every statement has been sent.", w);
    if (!st.last_error.empty()) text(ui.fonts.small, color::kMuted, st.last_error, w);
    if (st.rejected > 0) {
        text(ui.fonts.bold, color::kBad,
             std::to_string(st.rejected) + " rejected by the LRS (kept here, not retried):", w);
        for (const auto& r : st.rejections) text(ui.fonts.small, color::kBad, r, w);
    }
}

void players_table(const Game& g, Ui& ui, float w) {
    const auto& players = g.records().report().players;
    if (players.empty()) {
        text(ui.fonts.body, color::kMuted, "Nobody has played yet on this computer.", w);
        return;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_SizingStretchProp;
    float h = ImGui::GetContentRegionAvail().y - ui.u(60);
    if (!ImGui::BeginTable("##players", 6, flags, ImVec2(w, std::max(h, ui.u(120))))) return;
    const char* heads[] = {"Player", "Completion", "Minutes", "Best fit", "Profile (a, c)", ""};
    for (int i = 0; i < 6; ++i) ImGui::TableSetupColumn(heads[i], ImGuiTableColumnFlags_WidthStretch, i == 0 ? 3.0f : 1.0f);
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    for (const auto& p : players) {
        ImGui::PushID(static_cast<int>(p.player.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.player.label().c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(pct(p.completion()).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%.1f", p.seconds / 60);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(pct(p.best_fit.value()).c_str());
        ImGui::TableNextColumn();
        if (p.has_profile) ImGui::Text("%.2f, %.2f", p.assertiveness, p.cooperativeness);
        ImGui::TableNextColumn();
        bool armed = g.records().armed_delete() == p.player.id;
        if (ImGui::SmallButton(armed ? "Really delete?" : "Delete")) {
            Intent i = Intent::with_switch(Intent::DeleteRecords, armed);
            i.number = static_cast<int>(p.player.id);
            ui.ask(i);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace

void draw_records_waiting(const Game& g, Ui& ui) {
    bool playing = g.view() == View::Play || g.view() == View::Consequence;
    const RecordsStatus& st = g.records().status();
    if (!playing || g.facilitator() || g.overlays().blank || st.last_error.empty()) return;
    std::string line = waiting_line(st);
    if (line.empty()) return;
    ImFont* f = ui.fonts.small;
    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, line.c_str());
    ImVec2 at(ui.size.x - ts.x - ui.u(12), ui.size.y - ts.y - ui.u(12));  // the footer's free right end
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(ImVec2(at.x - ui.u(6), at.y - ui.u(2)), ImVec2(at.x + ts.x + ui.u(6), at.y + ts.y + ui.u(2)),
                      IM_COL32(20, 24, 32, 220), ui.u(4));
    dl->AddText(f, f->FontSize, at, color::kAccent, line.c_str());
}

void records_title_fields(const Game& g, Ui& ui, float w) {
    if (g.facilitator()) return;  // a room is not a learner: workshops are not recorded
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    text(ui.fonts.small, color::kMuted, fd::tr("Email or employee id (optional, for your training records)"));
    ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
    ImGui::SetNextItemWidth(w);
    std::string contact = g.library().player_contact;
    ImGui::InputTextWithHint("##contact", fd::tr("name@company.com or E1234"), &contact);
    if (contact != g.library().player_contact) ui.ask(Intent::with_text(Intent::SetContact, contact));
    std::string waiting = waiting_line(g.records().status());
    if (!waiting.empty()) {
        ImGui::SetCursorPosX((ui.size.x - w) * 0.5f);
        text_centered(ui.fonts.small, color::kAccent, waiting, w);
    }
}

void screen_records(const Game& g, Ui& ui) {
    begin_screen("##records");
    Input& in = ui.input;
    float w = std::min(ui.size.x - ui.u(48), ui.u(1000));
    float x = (ui.size.x - w) * 0.5f;
    ImGui::SetCursorPos(ImVec2(x, ui.u(24)));
    text(ui.fonts.title, color::kAccent, "Records");
    ImGui::SetCursorPosX(x);
    text(ui.fonts.small, color::kMuted,
         "Who played on this computer, how far and how well. `frontdoor report records --html FILE` "
         "writes the full report.", w);
    ImGui::SetCursorPosX(x);
    ImGui::BeginGroup();
    status_block(g, ui, w);
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    ImGui::SetCursorPosX(x);
    ImGui::BeginGroup();
    players_table(g, ui, w);
    ImGui::EndGroup();
    ImGui::SetCursorPosX(x);
    bool send = g.records().status().lrs && button(ui, "Send now", "S", 0);
    if (g.records().status().lrs) ImGui::SameLine();
    bool back = button(ui, "Back", "Esc", 0);
    if ((send || (g.records().status().lrs && in.key(SDLK_s))) && in.act()) ui.ask(Intent::of(Intent::SendRecords));
    if (back && in.act()) ui.ask(Intent::of(Intent::BackToTitle));
    end_screen();
}

}  // namespace fdg
