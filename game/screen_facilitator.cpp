// Facilitator mode on a projector: everything at body size or larger (36 px
// at 1920x1080), white on black, one idea per screen. The meters stay hidden
// until the reveal so the room discusses the people, not the numbers.
#include <algorithm>
#include <cfloat>

#include <imgui.h>
#include <imgui_internal.h>

#include "debrief.hpp"
#include "fit_text.hpp"
#include "portrait.hpp"
#include "projector_fit.hpp"
#include "room_vote.hpp"
#include "screens.hpp"
#include "situation_words.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

float margin(Ui& ui) { return ui.u(22); }

void header(const Game& g, Ui& ui) {
    const fd::Encounter& e = g.session()->encounter();
    ImGui::SetCursorPos(ImVec2(margin(ui), margin(ui) * 0.6f));
    text(ui.fonts.heading, color::kAccent, e.title);
    std::string right = g.session()->story().is_campaign
                            ? fd::format_text(fd::tr("Encounter {n}"), {{"n", std::to_string(g.stage_number())}})
                            : e.place;
    ImFont* f = ui.fonts.body;
    float rw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, right.c_str()).x;
    float title_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    if (title_end + ui.u(24) < ui.size.x - rw - margin(ui))  // a long title keeps the line to itself
        ImGui::GetWindowDrawList()->AddText(f, f->FontSize, ImVec2(ui.size.x - rw - margin(ui), margin(ui) * 0.6f),
                                            color::kMuted, right.c_str());
    ImGui::SetCursorPosX(margin(ui));
}

// The person column fitted into `h` at a text step: the portrait shrinks (or goes)
// first, then the meters (the reveal's chips still say what changed).
struct PersonFit {
    float portrait = 0;
    bool meters = true;
    float height = 0;
};

PersonFit person_fit(const Game& g, Ui& ui, float w, float h, float scale, const Shown& s, bool meters) {
    const fd::Encounter& e = g.session()->encounter();
    float sp = ImGui::GetStyle().ItemSpacing.y;
    float words = fit_height(ui.fonts.bold, scale, e.customer.name, w) + fit_height(ui.fonts.bold, scale, mood_label(s.mood_name), w);
    float meter_h = 2 * (ui.fonts.bold->FontSize + sp);
    ImFont* bf = ui.fonts.bold;  // the meters are drawn at full size: only where there is room for their bars
    float meter_w = bf->CalcTextSizeA(bf->FontSize, FLT_MAX, 0, (std::string(fd::tr("Trust")) + "   100").c_str()).x + ui.u(60);
    PersonFit p;
    p.meters = meters && words + meter_h <= h && meter_w <= w;
    float rest = words + (p.meters ? meter_h : 0);
    float portrait = std::min({w, ui.size.y * 0.32f, h - rest - ui.u(4) - sp});
    p.portrait = portrait >= ui.u(48) ? portrait : 0;
    p.height = rest + (p.portrait > 0 ? p.portrait + ui.u(4) + sp : 0);
    return p;
}

void person_fitted(const Game& g, Ui& ui, float x, float y, float w, const Shown& s, float scale, const PersonFit& p) {
    const fd::Encounter& e = g.session()->encounter();
    ImGui::SetCursorPos(ImVec2(x, y));
    if (p.portrait > 0) {
        ImVec2 at = ImGui::GetCursorScreenPos();
        draw_portrait(ImGui::GetWindowDrawList(), ImVec2(at.x + (w - p.portrait) * 0.5f, at.y), p.portrait, e.customer, s.mood);
        ImGui::Dummy(ImVec2(w, p.portrait + ui.u(4)));
    }
    ImGui::SetCursorPosX(x);
    fit_line(ui.fonts.bold, scale, color::kText, e.customer.name, w);
    ImGui::SetCursorPosX(x);
    fit_line(ui.fonts.bold, scale, mood_color(s.mood_name), mood_label(s.mood_name), w);
    if (!p.meters) return;
    ImGui::SetCursorPosX(x);
    meter(ui, fd::tr("Trust"), s.trust, w, true);
    ImGui::SetCursorPosX(x);
    meter(ui, fd::tr("Wall"), s.wall, w, false);
}

// The narrowest vote_bars can be drawn in: its labels, its counts and some bar between.
float bars_min_width(Ui& ui) {
    ImFont* f = ui.fonts.bold;
    float label_w = 0;  // the widest mode's name, as vote_bars measures it
    for (fd::Mode m : fd::kAllModes)
        label_w = std::max(label_w, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, (std::string(mode_label(m)) + "  ").c_str()).x);
    std::string count = " " + fd::format_text(fd::tr("{n}  \u25c0 played"), {{"n", "9999"}});
    return label_w + f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, count.c_str()).x + ui.u(40);
}

// Where bottom_hint draws `s`: a projector page ends above it.
float nav_top(Ui& ui, const std::string& s) {
    return ui.size.y - text_height(ui.fonts.body, s, ui.size.x - 2 * margin(ui)) - margin(ui) * 0.6f - ui.u(6);
}

void bottom_hint(Ui& ui, const std::string& s, ImU32 col = color::kMuted) {
    ImFont* f = ui.fonts.body;
    float h = text_height(f, s, ui.size.x - 2 * margin(ui));
    ImGui::SetCursorPos(ImVec2(margin(ui), ui.size.y - h - margin(ui) * 0.6f));
    text(f, col, s, ui.size.x - 2 * margin(ui));
}

void narration(const Game& g, Ui& ui) {
    header(g, ui);
    float top = ImGui::GetCursorPosY() + ui.u(10);
    float left = std::min(ui.size.x * 0.28f, ui.size.y * 0.34f);
    std::string nav = fd::tr("\u25b6 next");
    // The person column fits above "▶ next": the portrait shrinks first, then the text steps down.
    float h = nav_top(ui, nav) - top - ui.u(6);
    Shown s = shown_now(g);
    std::vector<float> steps = projector_steps(ui);
    float step = steps.back();
    for (float st : steps)
        if (person_fit(g, ui, left, h, st, s, false).height <= h) { step = st; break; }
    person_fitted(g, ui, margin(ui), top, left, s, step, person_fit(g, ui, left, h, step, s, false));
    float x = margin(ui) * 2 + left;
    ImGui::SetCursorPos(ImVec2(x, top));
    text(ui.fonts.body, color::kText, g.session()->beat().text, ui.size.x - x - margin(ui));
    bottom_hint(ui, nav);
}

// The vote screen's answers: each row's number, words (mode first when labels
// are on) and the room's count. Laid out to fit without scrolling: one column
// at full size, else two, else smaller steps of text (kFitSteps).
struct VoteRows {
    int columns = 1;
    float scale = 1;
    float column_w = 0, gap = 0;
    std::array<FitText, 5> words;
    std::array<float, 5> heights{};
    bool fits = false;
};

float count_width(Ui& ui) {
    ImFont* f = ui.fonts.heading;
    return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, "0000").x + 4 * ui.u(8);
}

std::string row_words(const Game& g, fd::Mode m, const std::string& says) {
    return g.labels_shown() ? fd::format_text(fd::tr("{mode}:  {says}"), {{"mode", mode_label(m)}, {"says", says}}) : says;
}

VoteRows vote_rows_at(const Game& g, Ui& ui, const fd::Beat& b, float w, float h, int columns, float scale) {
    VoteRows r;
    r.columns = columns;
    r.scale = scale;
    r.gap = columns > 1 ? ui.u(16) : 0;
    r.column_w = (w - r.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    float pad = ui.u(8), badge = ui.fonts.bold->FontSize * 1.25f * scale;
    float wrap = r.column_w - (pad + badge + ui.u(12)) - count_width(ui) - ui.u(16);
    auto order = g.answer_order();
    std::array<float, 2> used{};
    int per_column = columns > 1 ? 3 : 5;
    for (int row = 0; row < 5; ++row) {
        const fd::Answer* a = b.answer(order[static_cast<std::size_t>(row)]);
        if (!a) continue;
        auto i = static_cast<std::size_t>(row);
        r.words[i] = fit_text(ui.fonts.body, scale, row_words(g, a->mode, a->says), wrap);
        r.heights[i] = std::max(r.words[i].size.y, badge) + 2 * pad;
        used[static_cast<std::size_t>(row / per_column)] += r.heights[i] + ui.u(6);
    }
    r.fits = std::max(used[0], used[1]) <= h;
    return r;
}

VoteRows vote_rows(const Game& g, Ui& ui, const fd::Beat& b, float w, float h) {
    VoteRows r;
    for (float scale : kFitSteps) {
        if (scale < 1 && ui.fonts.body->FontSize * scale < min_fit_px(ui.size)) break;
        for (int columns : {1, 2}) {
            r = vote_rows_at(g, ui, b, w, h, columns, scale);
            if (r.fits) return r;
        }
    }
    return r;  // the smallest step, two columns: the list scrolls (no shipped decision needs it)
}

void vote_row(const Game& g, Ui& ui, int row, fd::Mode m, const VoteRows& rows) {
    auto i = static_cast<std::size_t>(row);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float pad = ui.u(8), k = rows.scale, w = rows.column_w, h = rows.heights[i];
    float badge = ui.fonts.bold->FontSize * 1.25f * k;
    float count_w = count_width(ui);
    bool selected = g.board().selected == row;
    ImVec2 a = ImGui::GetCursorScreenPos();
    ImVec2 b(a.x + w, a.y + h);
    ImGui::PushID(row);
    if (ImGui::InvisibleButton("##row", ImVec2(w - count_w, h))) ui.ask(Intent::vote(Intent::SelectRow, row));
    if (selected && !rows.fits) ImGui::ScrollToItem();  // only when the list could not fit
    ImGui::PopID();
    dl->AddRectFilled(a, b, selected ? IM_COL32(40, 44, 58, 255) : IM_COL32(18, 20, 26, 255), ui.u(6));
    if (selected) dl->AddRect(a, b, color::kAccent, ui.u(6), 0, ui.u(3));
    ImVec2 bc(a.x + pad + badge * 0.5f, a.y + pad + badge * 0.5f);
    dl->AddCircleFilled(bc, badge * 0.5f, g.labels_shown() ? mode_color(m) : color::kAccent, 32);
    std::string num = std::to_string(row + 1);
    ImFont* bold = ui.fonts.bold;
    ImVec2 ns = bold->CalcTextSizeA(bold->FontSize * k, FLT_MAX, 0, num.c_str());
    dl->AddText(bold, bold->FontSize * k, ImVec2(bc.x - ns.x * 0.5f, bc.y - ns.y * 0.5f), IM_COL32(0, 0, 0, 255), num.c_str());
    ImVec2 tp(a.x + pad + badge + ui.u(12), a.y + pad);
    draw_fit_text(dl, ui.fonts.body, k, tp, color::kText, rows.words[i]);
    if (g.labels_shown()) {  // the mode, over the start of the first line, in its colour
        std::string prefix = fd::format_text(fd::tr("{mode}:  {says}"), {{"mode", mode_label(m)}, {"says", ""}});
        dl->AddText(ui.fonts.body, ui.fonts.body->FontSize * k, tp, mode_color(m), prefix.c_str());
    }
    // The count: click to type it, or use + and - on the selected row.
    int n = g.board().counts[static_cast<std::size_t>(fd::mode_index(m))];
    ImGui::PushFont(ui.fonts.heading);
    ImGui::SetCursorScreenPos(ImVec2(b.x - count_w, a.y + (h - ImGui::GetFrameHeight()) * 0.5f));
    ImGui::SetNextItemWidth(count_w);
    ImGui::PushID(100 + row);
    if (ImGui::InputInt("##count", &n, 0, 0)) ui.ask(Intent::vote(Intent::SetVote, row, n));
    ImGui::PopID();
    ImGui::PopFont();
}

// "2 and 4": the rows on screen, in screen order (the sentence around it says "answers").
std::string answers_text(const Game& g, const std::vector<fd::Mode>& modes) {
    std::vector<int> rows;
    for (fd::Mode m : modes) rows.push_back(g.row_of(m) + 1);
    std::sort(rows.begin(), rows.end());
    std::string out = rows.empty() ? "" : std::to_string(rows[0]);
    for (std::size_t i = 1; i < rows.size(); ++i)
        out = fd::format_text(i + 1 == rows.size() ? fd::tr("{list} and {last}") : fd::tr("{list}, {next}"),
                              {{"list", out}, {"last", std::to_string(rows[i])}, {"next", std::to_string(rows[i])}});
    return out;
}

// The phones' room: "N of M phones voted" beside the hands counted (never the split before the reveal).
std::string phones_text(const Game& g) {
    const VoteBoard& b = g.workshop().board;
    if (!b.room_open) return "";
    return fd::format_text(fd::trn("{n} of {total} phone voted", "{n} of {total} phones voted", b.phone_devices),
                           {{"n", std::to_string(b.phones_voted)}, {"total", std::to_string(b.phone_devices)}});
}

// The room's hands so far, for the room to see: no keys (those are on the presenter view).
std::string room_status(const Game& g) {
    fd::Tally t = fd::tally_votes(g.board().counts);
    std::string out = t.total == 0 ? std::string(fd::tr("Vote with your hands: 1 to 5."))
                                   : fd::format_text(fd::trn("{n} hand", "{n} hands", t.total), {{"n", std::to_string(t.total)}});
    if (g.board().tie) out = fd::format_text(fd::tr("A tie between answers {answers}."), {{"answers", answers_text(g, t.leaders)}});
    std::string phones = phones_text(g);
    return phones.empty() ? out : out + "  \u00b7  " + phones;
}

}  // namespace

// What "next" will do with the hands counted so far (the rule is fd::tally_votes).
std::string tally_text(const Game& g) {
    fd::Tally t = fd::tally_votes(g.board().total());
    std::string n = std::to_string(t.total), answers = answers_text(g, t.leaders);
    std::string selected = std::to_string(g.board().selected + 1);
    if (t.total == 0 && !g.board().tie)
        return fd::tr("Votes: 1\u20135 selects an answer, + adds a hand, \u2212 removes one.  Next plays the majority.");
    if (t.total == 0) return fd::tr("No votes yet. Select the answer to play (1\u20135) and press next, or enter the votes.");
    if (g.board().tie)
        return fd::format_text(fd::tr("Tie between answers {answers}. Select the one to play (1\u20135) and press next."),
                               {{"answers", answers}});
    if (!t.decided())
        return fd::format_text(fd::trn("{n} hand, tied between answers {answers}.  Next asks which to play.",
                                       "{n} hands, tied between answers {answers}.  Next asks which to play.", t.total),
                               {{"n", n}, {"answers", answers}});
    if (g.row_of(t.winner()) != g.board().selected)
        return fd::format_text(fd::trn("{n} hand.  Next plays the majority, answer {answers};  O plays answer {selected} instead.",
                                       "{n} hands.  Next plays the majority, answer {answers};  O plays answer {selected} instead.", t.total),
                               {{"n", n}, {"answers", answers}, {"selected", selected}});
    return fd::format_text(fd::trn("{n} hand.  Next plays the majority, answer {answers}.",
                                   "{n} hands.  Next plays the majority, answer {answers}.", t.total),
                           {{"n", n}, {"answers", answers}});
}

namespace {

// The vote: who speaks and what they said, then the five answers. The
// discussion prompt waits for the reveal, so it cannot steer the vote.
void vote(const Game& g, Ui& ui) {
    const fd::Beat& b = g.session()->beat();
    const fd::Encounter& e = g.session()->encounter();
    header(g, ui);
    float m = margin(ui);
    float w = ui.size.x - 2 * m;
    float portrait = ui.fonts.bold->FontSize * 3.2f;
    float top = ImGui::GetCursorPosY() + ui.u(6);
    ImGui::SetCursorPos(ImVec2(m, top));
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw_portrait(ImGui::GetWindowDrawList(), at, portrait, e.customer,
                  mood_position(g.session()->state().customer.mood));
    ImGui::SetCursorPos(ImVec2(m + portrait + ui.u(14), top));
    text(ui.fonts.bold, color::kText, speaker_line(e.customer.name, b.text), w - portrait - ui.u(14));
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), top + portrait + ui.u(6)));
    ImGui::Dummy(ImVec2(0, ui.u(4)));
    std::string status = room_status(g);
    float status_h = text_height(ui.fonts.body, status, w) + m;
    ImGui::SetCursorPosX(m);
    float list_h = ui.size.y - ImGui::GetCursorPosY() - status_h - ui.u(6);
    VoteRows rows = vote_rows(g, ui, b, w - ui.u(16), list_h - ui.u(4));
    record_fit("vote", rows.fits, ui.fonts.body->FontSize * rows.scale, rows.columns);
    ImGui::BeginChild("##answers", ImVec2(w, list_h), false, ImGuiWindowFlags_NoNav);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    auto order = g.answer_order();
    int per_column = rows.columns > 1 ? 3 : 5;
    float y = origin.y;
    for (int r = 0; r < 5; ++r) {
        fd::Mode mode = order[static_cast<std::size_t>(r)];
        if (r == per_column) y = origin.y;
        float x = origin.x + static_cast<float>(r / per_column) * (rows.column_w + rows.gap);
        if (!b.answer(mode)) continue;
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        vote_row(g, ui, r, mode, rows);
        y += rows.heights[static_cast<std::size_t>(r)] + ui.u(6);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::EndChild();
    bottom_hint(ui, status, g.board().tie ? color::kAccent : color::kMuted);
}

// The reveal: what the room chose and how the hands split, the answer's words and
// what they did. Laid out to fit above "▶ next": the largest text step at which
// everything fits (the portrait shrinking first), the vote bars kept if they can be.
void reveal(const Game& g, Ui& ui) {
    const Consequence& c = *g.consequence();
    header(g, ui);
    float m = margin(ui), full = ui.size.x - 2 * m, sp = ImGui::GetStyle().ItemSpacing.y;
    const RoomVote* v = g.vote_for(c.log_index);
    const char* pattern = v && v->tie          ? fd::tr("After a tie, the facilitator chose: {mode}")
                          : v && v->overridden ? fd::tr("The facilitator chose: {mode}")
                                               : fd::tr("The room chose: {mode}");
    std::string head = fd::format_text(pattern, {{"mode", mode_label(c.mode)}});
    std::string split = v ? split_text(v->counts) : "";  // the room's split first: where the hands went
    std::string said = fd::format_text(fd::tr("\u201c{says}\u201d"), {{"says", c.says}}), wall = wall_note(g, c);
    std::string nav = g.settings().teach_reveal ? fd::tr("\u25b6 next: what fitted, and why") : fd::tr("\u25b6 next");
    float y0 = ImGui::GetCursorPosY(), bottom = nav_top(ui, nav);
    float left = std::min(ui.size.x * 0.27f, ui.size.y * 0.36f);
    float x = m * 2 + left, w = ui.size.x - x - m;
    Shown shown = shown_now(g);
    float chips_h = ui.u(6) + sp + delta_chips_height(ui, c.before, c.after, w);
    float bars_h = v ? ui.u(6) + sp + vote_bars_height(ui, v->counts) : 0;
    float scale = 1, top = y0;
    bool bars = false;
    PersonFit pf;
    auto fits = [&](bool with_bars, float step) {
        scale = step;
        bars = with_bars && v && w >= bars_min_width(ui);
        top = y0 + fit_height(ui.fonts.title, step, head, full) + fit_height(ui.fonts.bold, step, split, full) + ui.u(6);
        float right = fit_height(ui.fonts.body, step, said, w) + fit_height(ui.fonts.bold, step, c.reaction, w) + chips_h +
                      fit_height(ui.fonts.body, step, wall, w) + (bars ? bars_h : 0);
        pf = person_fit(g, ui, left, bottom - top, step, shown, true);
        return right <= bottom - top && pf.height <= bottom - top;
    };
    bool done = false;  // else the smallest step, without the bars
    for (bool with_bars : {true, false})
        for (float step : projector_steps(ui)) done = done || fits(with_bars, step);
    ImGui::SetCursorPosX(m);
    fit_line(ui.fonts.title, scale, mode_color(c.mode), head, full);
    ImGui::SetCursorPosX(m);
    fit_line(ui.fonts.bold, scale, color::kAccent, split, full);
    person_fitted(g, ui, m, top, left, shown, scale, pf);
    ImGui::SetCursorPos(ImVec2(x, top));
    fit_line(ui.fonts.body, scale, color::kMuted, said, w);
    ImGui::SetCursorPosX(x);
    fit_line(ui.fonts.bold, scale, color::kText, c.reaction, w);
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    ImGui::SetCursorPosX(x);
    delta_chips(ui, c.before, c.after, w);
    ImGui::SetCursorPosX(x);
    fit_line(ui.fonts.body, scale, color::kAccent, wall, w);
    if (bars) {
        ImGui::Dummy(ImVec2(0, ui.u(6)));
        ImGui::SetCursorPosX(x);
        vote_bars(ui, v->counts, c.mode, true, w);
    }
    bottom_hint(ui, nav);
}

void outcome_page(const Game& g, Ui& ui) {
    const fd::SessionState& st = g.session()->state();
    std::string outcome = st.results.empty() ? g.session()->beat().outcome : st.results.back().outcome;
    header(g, ui);
    float m = margin(ui), full = ui.size.x - 2 * m;
    std::string nav = fd::tr("\u25b6 next: the debrief, one decision at a time");
    std::string money = fd::format_text(fd::tr("Money  {amount}"), {{"amount", money_text(st.business.money)}});
    std::string rep = fd::format_text(fd::tr("Reputation  {n}"), {{"n", signed_text(st.business.reputation)}});
    float y0 = ImGui::GetCursorPosY(), bottom = nav_top(ui, nav);
    float left = std::min(ui.size.x * 0.27f, ui.size.y * 0.36f);
    float x = m * 2 + left, w = ui.size.x - x - m;
    Shown shown = shown_now(g);
    float scale = 1, top = y0;
    PersonFit pf;
    for (float step : projector_steps(ui)) {  // the largest text step at which it all fits above "▶ next"
        scale = step;
        top = y0 + fit_height(ui.fonts.title, step, outcome_label(outcome), full) + ui.u(6);
        float right = fit_height(ui.fonts.body, step, g.session()->beat().text, w) + ui.u(10) + ImGui::GetStyle().ItemSpacing.y +
                      fit_height(ui.fonts.bold, step, money, w) + fit_height(ui.fonts.bold, step, rep, w);
        pf = person_fit(g, ui, left, bottom - top, step, shown, true);
        if (right <= bottom - top && pf.height <= bottom - top) break;
    }
    ImGui::SetCursorPosX(m);
    fit_line(ui.fonts.title, scale, outcome_color(outcome), outcome_label(outcome), full);
    person_fitted(g, ui, m, top, left, shown, scale, pf);
    ImGui::SetCursorPos(ImVec2(x, top));
    fit_line(ui.fonts.body, scale, color::kText, g.session()->beat().text, w);
    ImGui::Dummy(ImVec2(0, ui.u(10)));
    ImGui::SetCursorPosX(x);
    fit_line(ui.fonts.bold, scale, st.business.money < 0 ? color::kBad : color::kGood, money, w);
    ImGui::SetCursorPosX(x);
    fit_line(ui.fonts.bold, scale, st.business.reputation < 0 ? color::kBad : color::kGood, rep, w);
    bottom_hint(ui, nav);
}

// One decision of the debrief: what was played and why it fitted (or what fitted
// best), the moment, and the room's votes beside; fitted above `nav` like the reveal.
void debrief_page(const Game& g, Ui& ui, const fd::DebriefItem& d, int n, int of, std::size_t log_index, const std::string& nav) {
    header(g, ui);
    float m = margin(ui), w = ui.size.x - 2 * m;
    const RoomVote* v = g.vote_for(log_index);
    std::string title = fd::format_text(fd::tr("Decision {n} of {total}"), {{"n", std::to_string(n)}, {"total", std::to_string(of)}});
    std::string said = speaker_line(g.session()->encounter().customer.name, d.customer_said);
    std::string played = fd::format_text(d.chose_best() ? fd::tr("Played: {mode}  \u00b7  fit {fit}/5  \u00b7  the best fit")
                                                        : fd::tr("Played: {mode}  \u00b7  fit {fit}/5"),
                                         {{"mode", mode_label(d.chosen)}, {"fit", std::to_string(d.fit)}});
    std::string best = fd::format_text(fd::tr("Best fit: {mode}  \u00b7  fit {fit}/5"),
                                       {{"mode", mode_label(d.best)}, {"fit", std::to_string(d.best_fit)}});
    std::string moment = d.situation.empty() ? "" : fd::format_text(fd::tr("The moment: {situation}"), {{"situation", fd::situation_text(d.situation)}});
    float y0 = ImGui::GetCursorPosY(), bottom = nav_top(ui, nav);
    float bars_w = v ? std::min(w * 0.42f, ui.u(620)) : 0;
    float tw = w - bars_w - (v ? ui.u(24) : 0);
    float bars_h = v ? fit_height(ui.fonts.bold, 1, fd::tr("The room's votes"), bars_w) + vote_bars_height(ui, v->counts) : 0;
    float scale = 1, top = y0;
    bool bars = false;
    auto fits = [&](bool with_bars, float step) {
        scale = step;
        bars = with_bars && v && bars_w >= bars_min_width(ui);
        float col = bars ? tw : w;
        float gap = fit_gap_height(ui.u(6), step);
        top = y0 + fit_height(ui.fonts.heading, step, title, w) + fit_height(ui.fonts.body, step, said, w) + gap;
        float text_h = fit_height(ui.fonts.bold, step, played, col) + fit_height(ui.fonts.body, step, d.chosen_why, col) +
                       (d.chose_best() ? 0 : gap + fit_height(ui.fonts.bold, step, best, col) + fit_height(ui.fonts.body, step, d.best_why, col)) +
                       (moment.empty() ? 0 : gap + fit_height(ui.fonts.body, step, moment, col));
        return text_h <= bottom - top && (!bars || bars_h <= bottom - top);
    };
    bool done = false;  // else the smallest step, without the bars (the reveal showed them)
    for (bool with_bars : {true, false})
        for (float step : projector_steps(ui)) done = done || fits(with_bars, step);
    float col = bars ? tw : w;
    ImGui::SetCursorPosX(m);
    fit_line(ui.fonts.heading, scale, color::kText, title, w);
    ImGui::SetCursorPosX(m);
    fit_line(ui.fonts.body, scale, color::kMuted, said, w);
    fit_gap(ui.u(6), scale);
    ImGui::SetCursorPosX(m);
    fit_line(ui.fonts.bold, scale, mode_color(d.chosen), played, col);
    ImGui::SetCursorPosX(m);
    fit_line(ui.fonts.body, scale, color::kText, d.chosen_why, col);
    if (!d.chose_best()) {
        fit_gap(ui.u(6), scale);
        ImGui::SetCursorPosX(m);
        fit_line(ui.fonts.bold, scale, mode_color(d.best), best, col);
        ImGui::SetCursorPosX(m);
        fit_line(ui.fonts.body, scale, color::kText, d.best_why, col);
    }
    if (!moment.empty()) {
        fit_gap(ui.u(6), scale);
        ImGui::SetCursorPosX(m);
        fit_line(ui.fonts.body, scale, color::kMuted, moment, col);
    }
    if (bars) {
        ImGui::SetCursorPos(ImVec2(m + tw + ui.u(24), top));
        text(ui.fonts.bold, color::kText, fd::tr("The room's votes"), bars_w);
        ImGui::SetCursorPosX(m + tw + ui.u(24));
        vote_bars(ui, v->counts, v->played, true, bars_w);
    }
    bottom_hint(ui, nav);
}

void ending(const Game& g, Ui& ui) {
    const fd::SessionState& st = g.session()->state();
    auto items = fd::build_debrief(g.session()->story(), st.log, st.stage);
    int page = std::clamp(g.page(), 0, static_cast<int>(items.size()));  // Game::page_count() is 1 + items
    if (page == 0) {
        outcome_page(g, ui);
        return;
    }
    // Match the n-th decision of this encounter to its event, for the room's votes.
    std::size_t k = 0, index = 0;
    for (std::size_t i = 0; i < st.log.size(); ++i)
        if (st.log[i].stage == st.stage && st.log[i].kind == fd::EventKind::Decision && ++k == static_cast<std::size_t>(page))
            index = i;
    const char* last = g.session()->story().is_campaign ? fd::tr("\u25b6 next encounter") : fd::tr("\u25b6 next: the summary");
    debrief_page(g, ui, items[static_cast<std::size_t>(page - 1)], page, static_cast<int>(items.size()), index,
                 page < static_cast<int>(items.size()) ? fd::tr("\u25b6 next decision") : last);
}

}  // namespace

void screen_facilitator(const Game& g, Ui& ui) {
    begin_screen("##facilitator", IM_COL32(0, 0, 0, 255), ImGuiWindowFlags_NoNav);
    if (g.teaching()) {
        reveal_fit(g, ui);
    } else if (g.view() == View::Consequence && g.consequence()) {
        reveal(g, ui);
    } else {
        switch (g.session()->beat().kind) {
            case fd::BeatKind::Decision: vote(g, ui); break;
            case fd::BeatKind::Ending: ending(g, ui); break;
            default: narration(g, ui); break;
        }
    }
    end_screen();
}

}  // namespace fdg
