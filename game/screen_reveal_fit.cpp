// The reveal's second page in a workshop (on unless the settings turn it off):
// every answer as the room saw it, its fit and the designer's why, the best
// one marked; then the discussion prompt, shown only now so it never steers
// the vote, and the discussion timer. Fits without scrolling (kFitSteps).
#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui.h>

#include "fit_text.hpp"
#include "layout_probe.hpp"
#include "projector_fit.hpp"
#include "room_vote.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

std::string split_text(const std::array<int, 5>& counts) {
    fd::Tally t = fd::tally_votes(counts);
    if (t.total == 0) return fd::tr("No hands were counted.");
    std::vector<std::pair<std::string, std::string>> values = {
        {"top", std::to_string(t.top)}, {"total", std::to_string(t.total)}, {"mode", mode_label(t.winner())}};
    if (fd::room_split(t))
        return fd::format_text(fd::trn("The room split: the most any answer had was {top} of {total} hand.",
                                       "The room split: the most any answer had was {top} of {total} hands.", t.total),
                               values);
    return fd::format_text(fd::trn("{mode} had {top} of {total} hand.", "{mode} had {top} of {total} hands.", t.total), values);
}

std::string timer_text(const Game& g) {
    const DiscussionTimer& t = g.workshop().timer;
    if (!t.touched()) return "";
    double left = t.left(g.now());
    int s = static_cast<int>(std::ceil(std::fabs(left) - 1e-9));
    std::string mmss = std::to_string(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + std::to_string(s % 60);
    std::string clock = (left < 0 ? "\u2212" : "") + mmss;
    return t.running ? clock : fd::format_text(fd::tr("{clock}  (paused)"), {{"clock", clock}});
}

namespace {

struct FitRow {
    fd::Mode mode;
    std::string head, why;
};

struct FitRows {
    float scale = 1;
    int columns = 1;
    float column_w = 0, gap = 0;
    std::vector<FitText> heads, whys;
    float top = 0;         // the answers' top, under the title and the split at the same step
    FitText prompt;        // the discussion prompt, at the same step as the answers
    float prompt_h = 0;    // its height with the timer's (beside it, or on a line of its own)
    bool timer_below = false;
    bool fits = false;
};

// What the page must fit: its title and the room's split, the answers, then the prompt and the timer.
struct FitPage {
    const std::string &title, &split;
    const std::vector<FitRow>& rows;
    const std::string& prompt;
    float w, timer_w, timer_h;  // timer_w 0: no timer
    float top, bottom;          // the title's top and the page's bottom margin (window y)
};

std::vector<FitRow> fit_rows(const Game& g, const fd::Beat& b, const RoomVote* v) {
    std::vector<FitRow> rows;
    int best = b.best_fit();
    for (fd::Mode m : g.answer_order()) {  // the order the room saw, with its numbers
        const fd::Answer* a = b.answer(m);
        if (!a) continue;
        std::string head = fd::format_text(fd::tr("{n}  {mode}  \u00b7  fit {fit}/5"),
                                           {{"n", std::to_string(g.row_of(m) + 1)}, {"mode", mode_label(m)}, {"fit", std::to_string(a->fit)}});
        if (a->fit == best) head += std::string("  \u00b7  ") + fd::tr("the best fit");
        if (v) {  // separate marks, joined like a list
            int n = v->counts[static_cast<std::size_t>(fd::mode_index(m))];
            head += "  \u00b7  " + fd::format_text(fd::trn("{n} hand", "{n} hands", n), {{"n", std::to_string(n)}});
            if (m == v->played) head += std::string("  ") + fd::tr("\u25c0 played");
        }
        rows.push_back({m, head, a->why});
    }
    return rows;
}

// The rows in one or two columns at `scale`, above the prompt at the same step.
FitRows layout_at(Ui& ui, const FitPage& p, float scale, int columns) {
    float k = std::min(scale, 1.0f);  // the spaces shrink with the text
    FitRows r{scale, columns, 0, columns > 1 ? ui.u(24) * k : 0, {}, {}, 0, {}, 0, false, false};
    r.top = p.top + fit_height(ui.fonts.heading, scale, p.title, p.w) + fit_height(ui.fonts.bold, scale, p.split, p.w) + ui.u(8) * k;
    // The timer beside the prompt, or (when that wraps the prompt taller) on a line of its own under it.
    r.prompt = fit_text(ui.fonts.bold, scale, p.prompt, p.timer_w > 0 ? p.w - p.timer_w - ui.u(24) * k : p.w);
    r.prompt_h = std::max(r.prompt.size.y, p.timer_w > 0 ? p.timer_h : 0);
    FitText alone = fit_text(ui.fonts.bold, scale, p.prompt, p.w);
    if (p.timer_w > 0 && alone.size.y + p.timer_h < r.prompt_h) {
        r.prompt = alone;
        r.prompt_h = alone.size.y + p.timer_h;
        r.timer_below = true;
    }
    r.column_w = (p.w - r.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    std::array<float, 2> used{};
    std::size_t per = columns > 1 ? (p.rows.size() + 1) / 2 : p.rows.size();
    for (std::size_t i = 0; i < p.rows.size(); ++i) {
        r.heads.push_back(fit_text(ui.fonts.bold, scale, p.rows[i].head, r.column_w));
        r.whys.push_back(fit_text(ui.fonts.body, scale, p.rows[i].why, r.column_w));
        used[i / std::max<std::size_t>(1, per)] += r.heads.back().size.y + r.whys.back().size.y + ui.u(10) * k;
    }
    r.fits = std::max(used[0], used[1]) <= p.bottom - r.top - r.prompt_h - ui.u(12) * k;
    return r;
}

// The largest step (and fewest columns) at which the answers and the prompt fit.
FitRows layout(Ui& ui, const FitPage& p) {
    FitRows r;
    for (float scale : kFitSteps) {
        if (scale < 1 && ui.fonts.body->FontSize * scale < min_fit_px(ui.size)) break;
        for (int columns : {1, 2}) {
            r = layout_at(ui, p, scale, columns);
            if (r.fits) return r;
        }
    }
    return r;
}

// Every answer's head and why, down one column and then the next; each recorded by the layout probe.
void draw_rows(Ui& ui, const std::vector<FitRow>& rows, const FitRows& l, ImVec2 origin) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    std::size_t per = l.columns > 1 ? (rows.size() + 1) / 2 : rows.size();
    float y = origin.y;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i == per) y = origin.y;
        float x = origin.x + static_cast<float>(i / std::max<std::size_t>(1, per)) * (l.column_w + l.gap);
        draw_fit_text(dl, ui.fonts.bold, l.scale, ImVec2(x, y), mode_color(rows[i].mode), l.heads[i]);
        probe_rect("text", rows[i].head, ImVec2(x, y), ImVec2(x + l.heads[i].size.x, y + l.heads[i].size.y));
        y += l.heads[i].size.y;
        draw_fit_text(dl, ui.fonts.body, l.scale, ImVec2(x, y), color::kText, l.whys[i]);
        probe_rect("text", rows[i].why, ImVec2(x, y), ImVec2(x + l.whys[i].size.x, y + l.whys[i].size.y));
        y += l.whys[i].size.y + ui.u(10) * std::min(l.scale, 1.0f);
    }
}

// The discussion prompt at `at` (screen pixels) and the timer at the right margin; both recorded.
void draw_prompt(const Game& g, Ui& ui, const FitRows& l, const std::string& prompt, ImVec2 at, float w) {
    std::string timer = timer_text(g);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    draw_fit_text(dl, ui.fonts.bold, l.scale, at, color::kAccent, l.prompt);
    probe_rect("text", prompt, at, ImVec2(at.x + l.prompt.size.x, at.y + l.prompt.size.y));
    if (timer.empty()) return;
    float tw = ui.fonts.heading->CalcTextSizeA(ui.fonts.heading->FontSize, FLT_MAX, 0, timer.c_str()).x;
    bool over = g.workshop().timer.left(g.now()) < 0;
    ImVec2 tat(at.x + w - tw, l.timer_below ? at.y + l.prompt.size.y : at.y);
    dl->AddText(ui.fonts.heading, ui.fonts.heading->FontSize, tat, over ? color::kBad : color::kText, timer.c_str());
    probe_text("text", ui.fonts.heading, tat, timer);
}

}  // namespace

void reveal_fit(const Game& g, Ui& ui) {
    const Consequence& c = *g.consequence();
    const fd::SessionState& st = g.session()->state();
    if (c.log_index >= st.log.size()) return;
    const fd::Event& ev = st.log[c.log_index];
    const fd::Stage* stage = g.session()->story().stage(ev.stage);
    const fd::Beat* b = stage ? stage->encounter->beat(ev.beat) : nullptr;
    if (!b) return;
    const RoomVote* v = g.vote_for(c.log_index);
    float m = ui.u(22), w = ui.size.x - 2 * m;
    std::string title = fd::tr("What fitted, and why"), split = v ? split_text(v->counts) : "";
    // The bottom: the discussion prompt (at the answers' step) and the timer, measured as it
    // reads now with every digit an 8, so the layout holds still while it counts down.
    std::string timer = timer_text(g);
    std::replace_if(timer.begin(), timer.end(), [](char c) { return c >= '0' && c <= '9'; }, '8');
    float timer_w = timer.empty() ? 0 : ui.fonts.heading->CalcTextSizeA(ui.fonts.heading->FontSize, FLT_MAX, 0, timer.c_str()).x;
    std::string prompt = b->prompt.empty() ? std::string(fd::tr("Discuss: what would you say, and why?"))
                                           : fd::format_text(fd::tr("Discuss: {prompt}"), {{"prompt", b->prompt}});
    std::vector<FitRow> rows = fit_rows(g, *b, v);
    FitRows l = layout(ui, FitPage{title, split, rows, prompt, w, timer_w, ui.fonts.heading->FontSize, m * 0.6f, ui.size.y - m * 0.6f});
    record_fit("reveal_fit", l.fits, ui.fonts.body->FontSize * l.scale, l.columns);
    // The title and the split at the answers' step: at 2x text on a small window they give the answers room.
    ImGui::SetCursorPos(ImVec2(m, m * 0.6f));
    fit_line(ui.fonts.heading, l.scale, color::kAccent, title, w);
    ImGui::SetCursorPosX(m);
    fit_line(ui.fonts.bold, l.scale, color::kText, split, w);
    draw_rows(ui, rows, l, ImVec2(ImGui::GetWindowPos().x + m, ImGui::GetWindowPos().y + l.top));
    float bottom = ui.size.y - l.prompt_h - m * 0.6f;
    draw_prompt(g, ui, l, prompt, ImVec2(ImGui::GetWindowPos().x + m, ImGui::GetWindowPos().y + bottom), w);
}

}  // namespace fdg
