// Facilitator mode on a projector: everything at body size or larger (36 px
// at 1920x1080), white on black, one idea per screen. The meters stay hidden
// until the reveal so the room discusses the people, not the numbers.
#include <algorithm>
#include <cfloat>

#include <imgui.h>
#include <imgui_internal.h>

#include "debrief.hpp"
#include "fit_text.hpp"
#include "layout_probe.hpp"
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

// The encounter's title, and its place (or number) at the right when there is room
// and the room's line (join address, phones voted) does not hold that corner;
// at `step` of their size (the vote page steps everything down together).
void header_at(const Game& g, Ui& ui, float step) {
    const fd::Encounter& e = g.session()->encounter();
    ImGui::SetCursorPos(ImVec2(margin(ui), margin(ui) * 0.6f));
    fit_line(ui.fonts.heading, step, color::kAccent, e.title, ui.size.x - 2 * margin(ui));
    std::string right = g.session()->story().is_campaign
                            ? fd::format_text(fd::tr("Encounter {n}"), {{"n", std::to_string(g.stage_number())}})
                            : e.place;
    ImFont* f = ui.fonts.body;
    float rw = f->CalcTextSizeA(f->FontSize * step, FLT_MAX, 0, right.c_str()).x;
    float title_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    if (!g.workshop().room_linked && title_end + ui.u(24) < ui.size.x - rw - margin(ui)) {  // a long title keeps the line to itself
        ImVec2 at(ImGui::GetWindowPos().x + ui.size.x - rw - margin(ui), ImGui::GetWindowPos().y + margin(ui) * 0.6f);
        ImGui::GetWindowDrawList()->AddText(f, f->FontSize * step, at, color::kMuted, right.c_str());
        ImVec2 rs = f->CalcTextSizeA(f->FontSize * step, FLT_MAX, 0, right.c_str());
        probe_rect("text", right, at, ImVec2(at.x + rs.x, at.y + rs.y));
    }
    ImGui::SetCursorPosX(margin(ui));
}

void header(const Game& g, Ui& ui) { header_at(g, ui, 1); }

// Space of `px` (in the window's units) at a text step: it shrinks with the text.
float step_space(Ui& ui, float px, float step) { return ui.u(px) * std::min(step, 1.0f); }

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
// are on) and the room's count, at the page's text step (VotePage).
struct VoteRows {
    int columns = 1;
    float scale = 1;
    float column_w = 0, gap = 0;
    std::array<FitText, 5> words;
    std::array<float, 5> heights{};
    bool fits = false;
};

// The count's box: the heading font at the page's step, room for four digits.
float count_width(Ui& ui, float scale) {
    ImFont* f = ui.fonts.heading;
    return f->CalcTextSizeA(f->FontSize * scale, FLT_MAX, 0, "0000").x + 4 * step_space(ui, 8, scale);
}

float badge_size(Ui& ui, float scale) { return ui.fonts.bold->FontSize * 1.25f * scale; }

std::string row_words(const Game& g, fd::Mode m, const std::string& says) {
    return g.labels_shown() ? fd::format_text(fd::tr("{mode}:  {says}"), {{"mode", mode_label(m)}, {"says", says}}) : says;
}

VoteRows vote_rows_at(const Game& g, Ui& ui, const fd::Beat& b, float w, float h, int columns, float scale) {
    VoteRows r;
    r.columns = columns;
    r.scale = scale;
    r.gap = columns > 1 ? step_space(ui, 16, scale) : 0;
    r.column_w = (w - r.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    float pad = step_space(ui, 8, scale), badge = badge_size(ui, scale);
    float wrap = r.column_w - (pad + badge + step_space(ui, 12, scale)) - count_width(ui, scale) - step_space(ui, 16, scale);
    auto order = g.answer_order();
    std::array<float, 2> used{};
    int per_column = columns > 1 ? 3 : 5;
    for (int row = 0; row < 5; ++row) {
        const fd::Answer* a = b.answer(order[static_cast<std::size_t>(row)]);
        if (!a) continue;
        auto i = static_cast<std::size_t>(row);
        r.words[i] = fit_text(ui.fonts.body, scale, row_words(g, a->mode, a->says), wrap);
        r.heights[i] = std::max(r.words[i].size.y, badge) + 2 * pad;
        used[static_cast<std::size_t>(row / per_column)] += r.heights[i] + step_space(ui, 6, scale);
    }
    r.fits = wrap > 0 && std::max(used[0], used[1]) <= h;
    return r;
}

// The whole vote page at one text step: the customer's line beside the
// portrait, the answers, the room's status; every piece at the same step, so
// the answers are never smaller than the page's other text.
struct VotePage {
    float step = 1, top = 0, portrait = 0, line_w = 0, list_top = 0, list_h = 0, status_top = 0;
    VoteRows rows;
};

VotePage vote_page_at(const Game& g, Ui& ui, const std::string& line, const std::string& status, float step) {
    float m = margin(ui), w = ui.size.x - 2 * m;
    VotePage p;
    p.step = step;
    const std::string& title = g.session()->encounter().title;  // as header_at draws it
    float title_h = fit_height(ui.fonts.heading, step, title, w);
    p.top = m * 0.6f + title_h + step_space(ui, 6, step);
    p.portrait = ui.fonts.bold->FontSize * 3.2f * step;
    p.line_w = w - p.portrait - step_space(ui, 14, step);
    float line_h = fit_height(ui.fonts.bold, step, line, p.line_w);
    p.list_top = p.top + std::max(line_h, p.portrait + step_space(ui, 6, step)) + step_space(ui, 4, step);
    p.status_top = ui.size.y - fit_text(ui.fonts.body, step, status, w).size.y - m * 0.6f;
    p.list_h = p.status_top - step_space(ui, 6, step) - p.list_top;
    for (int columns : {1, 2}) {
        p.rows = vote_rows_at(g, ui, g.session()->beat(), w - step_space(ui, 16, step), p.list_h - step_space(ui, 4, step),
                              columns, step);
        if (p.rows.fits) break;
    }
    return p;
}

// The largest step at which the page fits without scrolling; else the smallest (the list scrolls).
VotePage vote_page(const Game& g, Ui& ui, const std::string& line, const std::string& status) {
    VotePage p;
    for (float step : projector_steps(ui)) {
        p = vote_page_at(g, ui, line, status, step);
        if (p.rows.fits) break;
    }
    return p;
}

// What self-voicing says for a row, as the solo decision says an answer: "1, Avoid:  Online orders ...".
std::string row_spoken(int row, std::string words) {
    std::replace(words.begin(), words.end(), '\n', ' ');  // the lines as wrapped, read as one
    return std::to_string(row + 1) + ", " + words;
}

void vote_count(const Game& g, Ui& ui, int row, fd::Mode m, const VoteRows& rows, ImVec2 a, ImVec2 b) {
    // The count: click to type it, or use + and - on the selected row.
    int n = g.board().counts[static_cast<std::size_t>(fd::mode_index(m))];
    float count_w = count_width(ui, rows.scale), h = b.y - a.y;
    ImGui::PushFont(ui.fonts.heading);
    ImGui::SetWindowFontScale(rows.scale);
    ImVec2 fp = ImGui::GetStyle().FramePadding;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(fp.x * std::min(rows.scale, 1.0f), fp.y * std::min(rows.scale, 1.0f)));
    ImGui::SetCursorScreenPos(ImVec2(b.x - count_w, a.y + (h - ImGui::GetFrameHeight()) * 0.5f));
    ImGui::SetNextItemWidth(count_w);
    ImGui::PushID(100 + row);
    if (ImGui::InputInt("##count", &n, 0, 0)) ui.ask(Intent::vote(Intent::SetVote, row, n));
    ImGui::PopID();
    ImGui::PopStyleVar();
    ImGui::SetWindowFontScale(1);
    ImGui::PopFont();
    int shown = g.board().counts[static_cast<std::size_t>(fd::mode_index(m))];
    probe_rect("answer_count", fd::format_text(fd::trn("{n} hand", "{n} hands", shown), {{"n", std::to_string(shown)}}),
               ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), a, b);
}

void vote_row(const Game& g, Ui& ui, int row, fd::Mode m, const VoteRows& rows) {
    auto i = static_cast<std::size_t>(row);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float k = rows.scale, pad = step_space(ui, 8, k), w = rows.column_w, h = rows.heights[i];
    float badge = badge_size(ui, k);
    bool selected = g.board().selected == row;
    ImVec2 a = ImGui::GetCursorScreenPos();
    ImVec2 b(a.x + w, a.y + h);
    ImGui::PushID(row);
    if (ImGui::InvisibleButton("##row", ImVec2(w - count_width(ui, k), h))) ui.ask(Intent::vote(Intent::SelectRow, row));
    if (selected && !rows.fits) ImGui::ScrollToItem();  // only when the list could not fit
    ImGui::PopID();
    dl->AddRectFilled(a, b, selected ? IM_COL32(40, 44, 58, 255) : IM_COL32(18, 20, 26, 255), ui.u(6));
    if (selected) dl->AddRect(a, b, color::kAccent, ui.u(6), 0, ui.u(3));
    ImVec2 bc(a.x + pad + badge * 0.5f, a.y + pad + badge * 0.5f);
    dl->AddCircleFilled(bc, badge * 0.5f, g.labels_shown() ? mode_color(m) : color::kAccent, 32);
    std::string num = std::to_string(row + 1);
    ImFont* bold = ui.fonts.bold;
    ImVec2 ns = bold->CalcTextSizeA(bold->FontSize * k, FLT_MAX, 0, num.c_str());
    ImVec2 np(bc.x - ns.x * 0.5f, bc.y - ns.y * 0.5f);
    dl->AddText(bold, bold->FontSize * k, np, IM_COL32(0, 0, 0, 255), num.c_str());
    probe_rect("answer_number", num, np, ImVec2(np.x + ns.x, np.y + ns.y), a, b);
    ImVec2 tp(a.x + pad + badge + step_space(ui, 12, k), a.y + pad);
    const FitText& words = rows.words[i];
    draw_fit_text(dl, ui.fonts.body, k, tp, color::kText, words);
    if (g.labels_shown()) {  // the mode, over the start of the first line, in its colour
        std::string prefix = fd::format_text(fd::tr("{mode}:  {says}"), {{"mode", mode_label(m)}, {"says", ""}});
        dl->AddText(ui.fonts.body, ui.fonts.body->FontSize * k, tp, mode_color(m), prefix.c_str());
    }
    probe_rect("answer", words.lines, tp, ImVec2(tp.x + words.size.x, tp.y + words.size.y), a, b);
    if (selected) probe_focus(row_spoken(row, words.lines));  // self-voicing says the row the keys select
    vote_count(g, ui, row, m, rows, a, b);
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

// The vote: who speaks and what they said, then the five answers, all at the
// largest step of text that fits (VotePage). The discussion prompt waits for
// the reveal, so it cannot steer the vote.
void vote(const Game& g, Ui& ui) {
    const fd::Beat& b = g.session()->beat();
    const fd::Encounter& e = g.session()->encounter();
    float m = margin(ui);
    float w = ui.size.x - 2 * m;
    std::string line = speaker_line(e.customer.name, b.text), status = room_status(g);
    VotePage p = vote_page(g, ui, line, status);
    const VoteRows& rows = p.rows;
    record_fit("vote", rows.fits, ui.fonts.body->FontSize * rows.scale, rows.columns);
    header_at(g, ui, p.step);
    ImGui::SetCursorPos(ImVec2(m, p.top));
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw_portrait(ImGui::GetWindowDrawList(), at, p.portrait, e.customer, mood_position(g.session()->state().customer.mood));
    ImGui::SetCursorPos(ImVec2(m + p.portrait + step_space(ui, 14, p.step), p.top));
    fit_line(ui.fonts.bold, p.step, color::kText, line, p.line_w);
    ImGui::SetCursorPos(ImVec2(m, p.list_top));
    ImGui::BeginChild("##answers", ImVec2(w, p.list_h), false, ImGuiWindowFlags_NoNav);
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
        y += rows.heights[static_cast<std::size_t>(r)] + step_space(ui, 6, rows.scale);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::EndChild();
    ImGui::SetCursorPos(ImVec2(m, p.status_top));
    fit_line(ui.fonts.body, p.step, g.board().tie ? color::kAccent : color::kMuted, status, w);
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
