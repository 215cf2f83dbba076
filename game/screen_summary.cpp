// The end of the campaign: the profile on the assertiveness x cooperativeness
// plane, the business totals and each encounter's outcome; in facilitator
// mode the profile counts every vote, and further pages show where the room
// split (every vote is in the handout, H).
#include <algorithm>
#include <cfloat>
#include <cstdio>

#include <imgui.h>

#include "profile.hpp"
#include "profile_plane.hpp"
#include "room_profile.hpp"
#include "room_vote.hpp"
#include "layout_probe.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

void vote_bars(Ui& ui, const std::array<int, 5>& counts, fd::Mode played, bool has_played, float width) {
    ImFont* f = ui.fonts.bold;
    float label_w = 0;  // the widest mode's name, in the player's language
    for (fd::Mode m : fd::kAllModes)
        label_w = std::max(label_w, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, (std::string(mode_label(m)) + "  ").c_str()).x);
    std::string widest_num = " " + fd::format_text(fd::tr("{n}  \u25c0 played"), {{"n", "9999"}});
    float num_w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, widest_num.c_str()).x;
    fd::Tally tally = fd::tally_votes(counts);
    int total = tally.total, most = std::max(1, tally.top);  // the longest bar is the most hands
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::BeginGroup();  // keeps every row at the same x
    for (fd::Mode m : fd::kAllModes) {
        int n = counts[static_cast<std::size_t>(fd::mode_index(m))];
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImU32 col = mode_color(m);
        dl->AddText(f, f->FontSize, p, col, mode_label(m));
        probe_text("chart_label", f, p, mode_label(m));
        float bar_w = std::max(0.0f, width - label_w - num_w);
        float bw = bar_w * static_cast<float>(n) / static_cast<float>(most);
        float y0 = p.y + f->FontSize * 0.15f, y1 = p.y + f->FontSize * 0.9f;
        dl->AddRectFilled(ImVec2(p.x + label_w, y0), ImVec2(p.x + label_w + bar_w, y1), IM_COL32(44, 50, 66, 255), ui.u(3));
        if (bw > 0) dl->AddRectFilled(ImVec2(p.x + label_w, y0), ImVec2(p.x + label_w + bw, y1), col, ui.u(3));
        std::string num = " " + (has_played && m == played ? fd::format_text(fd::tr("{n}  \u25c0 played"), {{"n", std::to_string(n)}})
                                                           : std::to_string(n));
        dl->AddText(f, f->FontSize, ImVec2(p.x + label_w + bar_w + ui.u(6), p.y), has_played && m == played ? col : color::kText,
                    num.c_str());
        probe_text("chart_label", f, ImVec2(p.x + label_w + bar_w + ui.u(6), p.y), num);
        ImGui::Dummy(ImVec2(width, f->FontSize * 1.15f));
    }
    if (total == 0) text(ui.fonts.small, color::kMuted, fd::tr("No votes were entered for this decision."));
    ImGui::EndGroup();
}

float vote_bars_height(Ui& ui, const std::array<int, 5>& counts) {
    float sp = ImGui::GetStyle().ItemSpacing.y;
    float h = 5 * (ui.fonts.bold->FontSize * 1.15f + sp);
    if (fd::tally_votes(counts).total == 0) h += text_height(ui.fonts.small, fd::tr("No votes were entered for this decision."), FLT_MAX) + sp;
    return h + sp;  // the group
}

namespace {

// The room's profile as the plane draws it: every hand raised, not only the answers played.
fd::Profile room_plane(const Game& g) {
    fd::Profile p = fd::compute_profile(g.session()->state().log);
    fd::RoomProfile room = fd::room_profile(g.workshop().votes);
    if (room.total_hands == 0) return p;  // no hands were entered: the answers played
    p.counts = room.hands;
    p.mean = room.mean;
    return p;
}

// A workshop: each mode's hands and how often it was played, and where the room split.
void room_counts(const Game& g, Ui& ui, const fd::Profile& p, float w) {
    fd::RoomProfile room = fd::room_profile(g.workshop().votes);
    text(ui.fonts.heading, color::kText, fd::tr("Every vote the room cast"), w);
    for (fd::Mode m : fd::kAllModes)
        text(ui.fonts.bold, mode_color(m),
             fd::format_text(fd::trn("{mode}  {n} vote  \u00b7  played {played}", "{mode}  {n} votes  \u00b7  played {played}",
                                     room.hands_for(m)),
                             {{"mode", mode_label(m)}, {"n", std::to_string(room.hands_for(m))},
                              {"played", std::to_string(room.played_for(m))}}), w);
    text(ui.fonts.body, color::kText,
         fd::format_text(fd::trn("The room split (no answer above half the votes) at {n} of {total} decision.",
                                 "The room split (no answer above half the votes) at {n} of {total} decisions.", room.decisions),
                         {{"n", std::to_string(room.splits)}, {"total", std::to_string(room.decisions)}}), w);
    text(ui.fonts.body, color::kText,
         fd::format_text(fd::trn("Played the best-fitting answer in {n} of {total} decision.",
                                 "Played the best-fitting answer in {n} of {total} decisions.", p.decisions),
                         {{"n", std::to_string(p.best_fit_choices)}, {"total", std::to_string(p.decisions)}}), w);
}

void mode_counts(const Game& g, Ui& ui, const fd::Profile& p, float w) {
    if (g.facilitator()) {
        room_counts(g, ui, p, w);
        return;
    }
    text(ui.fonts.heading, color::kText, fd::tr("How often you chose each mode"), w);
    for (fd::Mode m : fd::kAllModes)
        text(ui.fonts.bold, mode_color(m),
             fd::format_text(fd::tr("{mode}  {n}  \u00b7  {summary}"),
                             {{"mode", mode_label(m)}, {"n", std::to_string(p.count(m))}, {"summary", mode_summary(m)}}), w);
    char mean[160];
    snprintf(mean, sizeof mean, fd::tr("Mean position: assertiveness %.2f, cooperativeness %.2f"), p.mean.assertiveness,
             p.mean.cooperativeness);
    text(ui.fonts.small, color::kMuted, mean, w);
    text(ui.fonts.body, color::kText,
         fd::format_text(fd::trn("Chose the best-fitting answer in {n} of {total} decision. No mode is always right: the skill is reading the moment.",
                                 "Chose the best-fitting answer in {n} of {total} decisions. No mode is always right: the skill is reading the moment.",
                                 p.decisions),
                         {{"n", std::to_string(p.best_fit_choices)}, {"total", std::to_string(p.decisions)}}), w);
}

void business(const Game& g, Ui& ui, float w) {
    const fd::SessionState& st = g.session()->state();
    text(ui.fonts.heading, color::kText, fd::tr("The business"));
    text(ui.fonts.bold, st.totals.money < 0 ? color::kBad : color::kGood, fd::format_text(fd::tr("Money  {amount}"), {{"amount", money_text(st.totals.money)}}));
    text(ui.fonts.bold, st.totals.reputation < 0 ? color::kBad : color::kGood, fd::format_text(fd::tr("Reputation  {n}"), {{"n", signed_text(st.totals.reputation)}}));
    ImGui::Dummy(ImVec2(0, ui.u(8)));
    text(ui.fonts.heading, color::kText, fd::tr("Each encounter"));
    float x = ImGui::GetCursorPosX();
    for (const auto& r : st.results) {
        const fd::Stage* stage = g.session()->story().stage(r.stage);
        ImGui::SetCursorPosX(x);
        text(ui.fonts.body, color::kText, stage ? stage->encounter->title : capitalised(r.stage), w * 0.5f);
        ImGui::SameLine(x + w * 0.55f);
        text(ui.fonts.bold, outcome_color(r.outcome), outcome_label(r.outcome));
        ImGui::SameLine(x + w * 0.8f);
        text(ui.fonts.body, r.final.business.money < 0 ? color::kBad : color::kText, money_text(r.final.business.money));
    }
}

void scroll_keys(const Game& g, Ui& ui) {
    Input& in = ui.input;
    if (g.overlay_open() || g.facilitator()) return;  // the facilitator's keys turn pages instead
    float step = ui.line() * 3;
    if (in.key(SDLK_DOWN)) ImGui::SetScrollY(ImGui::GetScrollY() + step);
    if (in.key(SDLK_UP)) ImGui::SetScrollY(ImGui::GetScrollY() - step);
    if (in.key(SDLK_PAGEDOWN)) ImGui::SetScrollY(ImGui::GetScrollY() + ImGui::GetWindowHeight() * 0.8f);
    if (in.key(SDLK_PAGEUP)) ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetWindowHeight() * 0.8f);
}

// The plane on the left; on the right the counts, and for one player (whose
// screen scrolls) the business too. A projector gets the business on a page of its own.
void profile_page(const Game& g, Ui& ui, float top, float body_h) {
    fd::Profile p = g.facilitator() ? room_plane(g) : fd::compute_profile(g.session()->state().log);
    float pad = ui.u(16);
    float plane = std::min(body_h, ui.size.x * 0.42f);
    ImGui::SetCursorPos(ImVec2(pad, top));
    draw_profile_plane(ui, ImGui::GetCursorScreenPos(), plane, p, g.facilitator() ? fd::tr("The room") : fd::tr("You"));
    float x = pad * 2 + plane;
    float w = ui.size.x - x - pad;
    ImGui::SetCursorPos(ImVec2(x, top));
    ImGui::BeginChild("##totals", ImVec2(w, body_h), false, ImGuiWindowFlags_NoNav);
    float iw = w - ui.u(16);
    mode_counts(g, ui, p, iw);
    if (!g.facilitator()) {
        ImGui::Dummy(ImVec2(0, ui.u(8)));
        takeaway_section(g, ui, iw);
        ImGui::Dummy(ImVec2(0, ui.u(8)));
        business(g, ui, iw);
    }
    scroll_keys(g, ui);
    ImGui::EndChild();
}

void business_page(const Game& g, Ui& ui, float top) {
    float pad = ui.u(16);
    ImGui::SetCursorPos(ImVec2(pad, top));
    ImGui::BeginGroup();
    business(g, ui, std::min(ui.size.x - 2 * pad, ui.u(900)));
    ImGui::EndGroup();
}

// Rows of the room's votes that fit on one page.
int votes_per_page(Ui& ui, float body_h) {
    float row = ui.fonts.bold->FontSize * 1.3f + ui.fonts.body->FontSize * 1.3f + ui.u(10);
    return std::max(1, static_cast<int>(body_h / row));
}

// The decisions worth discussing again: where the room split (no answer above
// half the votes) or the facilitator picked. Every vote is in the handout.
std::vector<std::size_t> split_votes(const Game& g) {
    std::vector<std::size_t> out;
    const auto& votes = g.workshop().votes;
    for (std::size_t i = 0; i < votes.size(); ++i)
        if (fd::room_split(fd::tally_votes(votes[i].counts)) || votes[i].overridden || votes[i].tie) out.push_back(i);
    return out;
}

void votes_page(const Game& g, Ui& ui, float top, float body_h, int page) {
    float pad = ui.u(16);
    float w = ui.size.x - 2 * pad;
    ImGui::SetCursorPos(ImVec2(pad, top));
    text(ui.fonts.heading, color::kText, fd::tr("Where the room split"));
    body_h -= ui.fonts.heading->FontSize * 1.4f;
    std::vector<std::size_t> shown = split_votes(g);
    if (shown.empty()) {
        ImGui::SetCursorPosX(pad);
        text(ui.fonts.body, color::kText, fd::tr("Nowhere: one answer had more than half the votes at every decision."), w);
        return;
    }
    int per = votes_per_page(ui, body_h);
    std::size_t first = static_cast<std::size_t>(page * per);
    const fd::Story& story = g.session()->story();
    std::map<std::string, int> nth;  // decision number within each encounter
    std::vector<int> number(g.workshop().votes.size());
    for (std::size_t i = 0; i < g.workshop().votes.size(); ++i) number[i] = ++nth[g.workshop().votes[i].stage];
    for (std::size_t k = first; k < shown.size() && k < first + static_cast<std::size_t>(per); ++k) {
        const RoomVote& v = g.workshop().votes[shown[k]];
        const fd::Stage* st = story.stage(v.stage);
        const char* pattern = v.overridden ? fd::tr("{k}.  {encounter}, decision {n}  (facilitator's pick)")
                              : v.tie      ? fd::tr("{k}.  {encounter}, decision {n}  (tie, facilitator's pick)")
                                           : fd::tr("{k}.  {encounter}, decision {n}");
        std::string label = fd::format_text(pattern, {{"k", std::to_string(shown[k] + 1)},
                                                      {"encounter", st ? st->encounter->title : capitalised(v.stage)},
                                                      {"n", std::to_string(number[shown[k]])}});
        ImGui::SetCursorPosX(pad);
        text(ui.fonts.bold, color::kText, label, w);
        ImGui::SetCursorPosX(pad);
        // One line per decision: each mode's votes, the played one highlighted.
        for (fd::Mode m : fd::kAllModes) {
            int n = v.counts[static_cast<std::size_t>(fd::mode_index(m))];
            std::string cell = std::string(mode_label(m)) + " " + std::to_string(n);
            if (m == v.played) cell = "\u25b6 " + cell;
            text(ui.fonts.body, m == v.played ? mode_color(m) : color::kMuted, cell);
            ImGui::SameLine(0, ui.u(28));
        }
        ImGui::NewLine();
        ImGui::Dummy(ImVec2(0, ui.u(4)));
    }
}

}  // namespace

void screen_summary(const Game& g, Ui& ui) {
    begin_screen("##summary", 0, g.facilitator() ? ImGuiWindowFlags_NoNav : 0);
    Input& in = ui.input;
    text(ui.fonts.title, color::kAccent, g.facilitator() ? fd::tr("The room's summary") : fd::tr("Your summary"));
    ImGui::SameLine(0, ui.u(20));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui.fonts.title->FontSize * 0.35f);
    text(ui.fonts.body, color::kMuted, player_label(g.play().player) + " \u00b7 " + g.session()->story().title);
    float top = ImGui::GetCursorPosY() + ui.u(8);
    // The facilitator's footer takes the height of its longest wording, wrapped (large text wraps it).
    float footer_w = ui.size.x - ui.u(32);
    std::string longest = fd::format_text(fd::tr("Page {page} of {pages}  \u00b7  next: where the room split  \u00b7  H: the handout"),
                                          {{"page", "9"}, {"pages", "9"}});
    float footer = g.facilitator() ? text_height(ui.fonts.body, longest, footer_w) + ui.fonts.body->FontSize * 0.6f
                                   : ui.fonts.bold->FontSize + ui.u(40);
    float body_h = ui.size.y - top - footer;

    // Pages (facilitator): the profile, the business, then the room's votes.
    int vote_pages = 0;
    if (g.facilitator() && !g.workshop().votes.empty()) {
        int per = votes_per_page(ui, body_h - ui.fonts.heading->FontSize * 1.4f);
        vote_pages = std::max(1, (static_cast<int>(split_votes(g).size()) + per - 1) / per);
    }
    // How many pages fit is the layout's to say; the game keeps the page in range.
    int page_count = g.facilitator() ? 2 + vote_pages : 1;
    if (page_count != g.page_count()) ui.ask(Intent::pages(page_count));
    int page = std::min(g.page(), page_count - 1);
    if (page == 0) profile_page(g, ui, top, body_h);
    else if (page == 1) business_page(g, ui, top);
    else votes_page(g, ui, top, body_h, page - 2);

    ImGui::SetCursorPos(ImVec2(ui.u(16), ui.size.y - footer + ui.u(6)));
    if (g.facilitator()) {
        const char* pattern = page == 0                    ? fd::tr("Page {page} of {pages}  \u00b7  next: the business  \u00b7  H: the handout")
                              : page == 1 && vote_pages ? fd::tr("Page {page} of {pages}  \u00b7  next: where the room split  \u00b7  H: the handout")
                                                        : fd::tr("Page {page} of {pages}  \u00b7  H: the handout");
        text(ui.fonts.body, color::kMuted,
             fd::format_text(pattern, {{"page", std::to_string(page + 1)}, {"pages", std::to_string(page_count)}}), footer_w);
        if (in.key(SDLK_h) && !g.overlay_open() && in.act()) ui.ask(Intent::of(Intent::WriteHandout));
    } else {
        bool back = button(ui, fd::tr("Back to the title screen"), "Enter", 0, true);
        if ((back || in.any({SDLK_RETURN, SDLK_KP_ENTER, SDLK_t})) && !g.overlay_open() && in.act()) ui.ask(Intent::of(Intent::ToTitle));
    }
    end_screen();
}

}  // namespace fdg
