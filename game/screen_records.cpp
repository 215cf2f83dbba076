// The learner records in the window: the title screen's optional email or employee
// id with "N statements waiting", and the Records screen (the manager's table per
// player, the selected player's charts and the group's, the statements waiting or
// rejected and why, send now, delete a player's records with a second press to
// confirm). User-visible text is in this file only; the charts are records_charts.cpp.
#include <cfloat>
#include <cstdio>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "profile_plane.hpp"
#include "records_charts.hpp"
#include "screens.hpp"
#include "text.hpp"
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
    const char* pattern = st.last_error.empty()
                              ? fd::trn("{n} statement waiting", "{n} statements waiting", st.waiting)
                              : fd::trn("{n} statement waiting (the LRS cannot be reached: it goes when it is back)",
                                        "{n} statements waiting (the LRS cannot be reached: they go when it is back)", st.waiting);
    return fd::format_text(pattern, {{"n", std::to_string(st.waiting)}});
}

// With no LRS: how many statements are kept for one ("" when none).
std::string backlog_line(const RecordsStatus& st) {
    if (st.lrs || st.waiting == 0) return "";
    return fd::format_text(fd::trn("{n} statement kept for an LRS: it is sent once one is configured.",
                                   "{n} statements kept for an LRS: they are sent once one is configured.", st.waiting),
                           {{"n", std::to_string(st.waiting)}});
}

void status_block(const Game& g, Ui& ui, float w) {
    const RecordsStatus& st = g.records().status();
    text(ui.fonts.small, color::kMuted, st.lrs ? st.lrs_name : std::string(fd::tr("No LRS configured: records stay on this computer.")), w);
    std::string backlog = backlog_line(st);
    if (!backlog.empty()) text(ui.fonts.small, color::kMuted, backlog, w);
    std::string waiting = waiting_line(st);
    if (!waiting.empty()) text(ui.fonts.bold, color::kAccent, waiting, w);
    if (st.lrs && st.waiting == 0 && st.rejected == 0) text(ui.fonts.small, color::kGood, fd::tr("Every statement has been sent."), w);
    if (!st.last_error.empty()) text(ui.fonts.small, color::kMuted, st.last_error, w);
    if (st.rejected > 0) {
        text(ui.fonts.bold, color::kBad,
             fd::format_text(fd::trn("{n} rejected by the LRS (kept here, not retried):", "{n} rejected by the LRS (kept here, not retried):",
                                     st.rejected),
                             {{"n", std::to_string(st.rejected)}}), w);
        for (const auto& r : st.rejections) text(ui.fonts.small, color::kBad, r, w);
    }
}

void players_table(const Game& g, Ui& ui, float w) {
    const auto& players = g.records().report().players;
    if (players.empty()) {
        text(ui.fonts.body, color::kMuted, fd::tr("Nobody has played yet on this computer."), w);
        return;
    }
    // Up to eight rows the table is as tall as its rows; more scroll within it, so the
    // charts below stay in reach.
    bool scrolls = players.size() > 8;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                            (scrolls ? ImGuiTableFlags_ScrollY : 0);
    float h = scrolls ? ImGui::GetFrameHeightWithSpacing() * 9.5f : 0.0f;
    if (!ImGui::BeginTable("##players", 6, flags, ImVec2(w, h))) return;
    const char* heads[] = {fd::tr("Player"), fd::tr("Completion"), fd::tr("Minutes"), fd::tr("Best fit"), fd::tr("Profile (a, c)"), ""};
    // Delete keeps its width (its second press must be readable); the others share the rest.
    const float weights[] = {2.2f, 1.0f, 0.8f, 0.8f, 1.4f};
    for (int i = 0; i < 5; ++i) ImGui::TableSetupColumn(heads[i], ImGuiTableColumnFlags_WidthStretch, weights[i]);
    float del_w = ImGui::CalcTextSize(fd::tr("Really delete?")).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::TableSetupColumn(heads[5], ImGuiTableColumnFlags_WidthFixed, del_w);
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    const fd::PlayerReport* shown = g.records().selected();
    for (const auto& p : players) {
        ImGui::PushID(static_cast<int>(p.player.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable(p.player.label().c_str(), shown == &p)) {
            Intent i = Intent::of(Intent::ShowRecordsOf);
            i.number = static_cast<int>(p.player.id);
            ui.ask(i);
        }
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
        if (ImGui::SmallButton(armed ? fd::tr("Really delete?") : fd::tr("Delete"))) {
            Intent i = Intent::with_switch(Intent::DeleteRecords, armed);
            i.number = static_cast<int>(p.player.id);
            ui.ask(i);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// Two columns side by side when there is room, else one under the other; the
// right one (a plane) is square and never taller than 420 units.
struct Columns {
    float left_w, right_w;
    bool side_by_side;
};

Columns columns(Ui& ui, float w) {
    bool two = w >= ui.u(760);
    float gap = ui.u(32);
    float right = two ? std::min(w * 0.42f, ui.u(420)) : std::min(w, ui.u(420));
    return {two ? w - right - gap : w, right, two};
}

// The selected player: figures, best fit per encounter (bars) and attempt by attempt
// (a line), their profile on the plane.
void player_charts(const fd::RecordsReport& r, const fd::PlayerReport& p, Ui& ui, float x, float w) {
    char tenths[32];
    std::snprintf(tenths, sizeof tenths, "%.1f", p.seconds / 60);
    std::string minutes = fd::format_text(fd::tr("{minutes} min"), {{"minutes", tenths}});
    std::string attempts = fd::format_text(fd::tr("{n} ({completed} completed)"),
                                           {{"n", std::to_string(p.attempts)}, {"completed", std::to_string(p.completed)}});
    std::string best = pct(p.best_fit.value());
    ImGui::SetCursorPosX(x);
    text(ui.fonts.heading, color::kAccent, p.player.label(), w);
    ImGui::SetCursorPosX(x);
    stat_tiles(ui, {{fd::tr("Completion"), pct(p.completion())}, {fd::tr("Time on task"), minutes}, {fd::tr("Attempts"), attempts},
                    {fd::tr("Best-fit answers"), best}},
               w);
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    Columns c = columns(ui, w);
    float top = ImGui::GetCursorPosY();
    ImGui::SetCursorPosX(x);
    ImGui::BeginGroup();
    text(ui.fonts.bold, color::kText, fd::tr("Best-fit answers per encounter"), c.left_w);
    std::vector<ShareBar> bars;
    for (const auto& [encounter, share] : p.by_encounter) bars.push_back({r.title(encounter), share});
    share_bars(ui, bars, c.left_w);
    ImGui::Dummy(ImVec2(0, ui.u(8)));
    text(ui.fonts.bold, color::kText, fd::tr("Best-fit answers, attempt by attempt"), c.left_w);
    share_line(ui, p.over_time, c.left_w, ui.u(150));
    ImGui::EndGroup();
    float left_bottom = ImGui::GetCursorPosY();
    if (c.side_by_side) ImGui::SetCursorPos(ImVec2(x + w - c.right_w, top));
    else ImGui::SetCursorPosX(x);
    ImGui::BeginGroup();
    text(ui.fonts.bold, color::kText, fd::tr("Profile"), c.right_w);
    if (p.has_profile)
        draw_profile_plane(ui, ImGui::GetCursorScreenPos(), c.right_w, p.profile, fd::tr("latest"));
    else
        text(ui.fonts.small, color::kMuted, fd::tr("No finished attempt yet: the profile comes at the end of one."), c.right_w);
    ImGui::EndGroup();
    if (c.side_by_side) ImGui::SetCursorPosY(std::max(left_bottom, ImGui::GetCursorPosY()));
}

// Everyone on this computer: the hardest decisions (lowest share of best fit) and the
// spread of the players' profiles.
void group_charts(const fd::RecordsReport& r, Ui& ui, float x, float w) {
    ImGui::SetCursorPosX(x);
    text(ui.fonts.heading, color::kAccent, fd::tr("Everyone on this computer"), w);
    Columns c = columns(ui, w);
    float top = ImGui::GetCursorPosY();
    ImGui::SetCursorPosX(x);
    ImGui::BeginGroup();
    text(ui.fonts.bold, color::kText, fd::tr("Hardest decisions (fewest best-fit answers)"), c.left_w);
    std::vector<ShareBar> bars;
    for (const auto& h : r.hardest) bars.push_back({r.title(h.encounter) + " / " + h.beat, h.best_fit});
    share_bars(ui, bars, c.left_w);
    ImGui::EndGroup();
    float left_bottom = ImGui::GetCursorPosY();
    if (c.side_by_side) ImGui::SetCursorPos(ImVec2(x + w - c.right_w, top));
    else ImGui::SetCursorPosX(x);
    ImGui::BeginGroup();
    std::string spread = fd::format_text(fd::trn("Spread of {n} profile", "Spread of {n} profiles", r.profiles), {{"n", std::to_string(r.profiles)}});
    text(ui.fonts.bold, color::kText, spread, c.right_w);
    profile_spread(ui, r, c.right_w);
    text(ui.fonts.small, color::kMuted, fd::tr("Dots: players. Cross: the mean. Box: one standard deviation each way."),
         c.right_w);
    ImGui::EndGroup();
    if (c.side_by_side) ImGui::SetCursorPosY(std::max(left_bottom, ImGui::GetCursorPosY()));
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
    float footer = ui.fonts.bold->FontSize + ui.u(20) + ui.u(24);  // a button and air around it
    ImGui::SetCursorPos(ImVec2(0, 0));
    ImGui::BeginChild("##records_body", ImVec2(ui.size.x, ui.size.y - footer), false, ImGuiWindowFlags_NavFlattened);
    // The charts run below the window's edge: PageUp, PageDown, Home and End scroll to them.
    float page = (ui.size.y - footer) * 0.8f;
    if (in.key(SDLK_PAGEDOWN)) ImGui::SetScrollY(ImGui::GetScrollY() + page);
    if (in.key(SDLK_PAGEUP)) ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() - page));
    if (in.key(SDLK_HOME)) ImGui::SetScrollY(0);
    if (in.key(SDLK_END)) ImGui::SetScrollY(ImGui::GetScrollMaxY());
    float w = std::min(ui.size.x - ui.u(64), ui.u(1000));
    float x = (ui.size.x - w) * 0.5f;
    ImGui::SetCursorPos(ImVec2(x, ui.u(24)));
    text(ui.fonts.title, color::kAccent, fd::tr("Records"));
    ImGui::SetCursorPosX(x);
    text(ui.fonts.small, color::kMuted,
         fd::tr("Who played on this computer, how far and how well. `frontdoor report records --html FILE` "
                "writes the full report."), w);
    ImGui::SetCursorPosX(x);
    ImGui::BeginGroup();
    status_block(g, ui, w);
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    ImGui::SetCursorPosX(x);
    ImGui::BeginGroup();
    players_table(g, ui, w);
    ImGui::EndGroup();
    if (const fd::PlayerReport* p = g.records().selected()) {
        ImGui::Dummy(ImVec2(0, ui.u(12)));
        player_charts(g.records().report(), *p, ui, x, w);
        ImGui::Dummy(ImVec2(0, ui.u(16)));
        group_charts(g.records().report(), ui, x, w);
    }
    ImGui::Dummy(ImVec2(0, ui.u(12)));
    ImGui::EndChild();
    ImGui::SetCursorPos(ImVec2(x, ui.size.y - footer + ui.u(12)));
    bool send = g.records().status().lrs && button(ui, fd::tr("Send now"), "S", 0);
    if (g.records().status().lrs) ImGui::SameLine();
    bool back = button(ui, fd::tr("Back"), "Esc", 0);
    if ((send || (g.records().status().lrs && in.key(SDLK_s))) && in.act()) ui.ask(Intent::of(Intent::SendRecords));
    if (back && in.act()) ui.ask(Intent::of(Intent::BackToTitle));
    end_screen();
}

}  // namespace fdg
