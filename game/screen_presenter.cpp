// The presenter view: the facilitator's notes for the laptop's own screen (a
// second window), or in place of the room view when P is pressed with one
// display. The decision now or coming next, its best fit and why, the
// discussion prompt, the room's votes as they come in, the timer, the keys.
#include <algorithm>
#include <cfloat>

#include <imgui.h>

#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

// The decision on screen, or the next one when only narration lies between.
const fd::Beat* coming_decision(const Game& g) {
    const fd::Session* s = g.session();
    if (!s || s->finished()) return nullptr;
    const fd::Encounter& e = s->encounter();
    const fd::Beat* b = &s->beat();
    if (g.view() == View::Consequence) b = e.beat(s->state().beat);
    for (int hop = 0; b && hop < 16; ++hop) {  // a designer's loop of narrations ends here
        if (b->kind == fd::BeatKind::Decision) return b;
        if (b->kind != fd::BeatKind::Narration) return nullptr;
        b = e.beat(b->next);
    }
    return nullptr;
}

std::string on_projector(const Game& g) {
    std::string s = g.screen_name();
    if (s == "vote") return fd::tr("the vote");
    if (s == "reveal") return fd::tr("the reveal: what the room's answer did");
    if (s == "reveal_fit") return fd::tr("what fitted, and the discussion");
    if (s == "narration") return fd::tr("the story");
    if (s == "outcome" || s == "debrief") return fd::tr("the encounter's ending and debrief");
    if (s == "summary") return fd::tr("the room's summary");
    return s;
}

const char* keys_text() {
    return fd::tr(
        "PageDown next   PageUp back   1\u20135 select   + / \u2212 hands   O play the selected answer\n"
        "T timer start/pause   Shift+T timer reset   R phones' room   B blank   P room view / notes   Escape menu");
}

void notes(const Game& g, Ui& ui, const fd::Beat* d, float w) {
    if (!d) {
        text(ui.fonts.body, color::kMuted, fd::tr("No decision before the next ending."), w);
        return;
    }
    const fd::Session& s = *g.session();
    bool now = s.at_decision() && g.view() == View::Play;
    text(ui.fonts.bold, color::kText, fd::format_text(now ? fd::tr("Decision now: {id}") : fd::tr("Decision next: {id}"), {{"id", d->id}}), w);
    text(ui.fonts.body, color::kMuted, speaker_line(s.encounter().customer.name, d->text), w);
    if (const fd::Answer* best = d->best_answer()) {
        ImGui::Dummy(ImVec2(0, ui.u(4)));
        text(ui.fonts.bold, mode_color(best->mode),
             fd::format_text(fd::tr("Best fit: {mode}  \u00b7  fit {fit}/5"),
                             {{"mode", mode_label(best->mode)}, {"fit", std::to_string(best->fit)}}), w);
        text(ui.fonts.body, color::kText, best->why, w);
    }
    if (!d->prompt.empty()) {
        ImGui::Dummy(ImVec2(0, ui.u(4)));
        text(ui.fonts.body, color::kAccent, fd::format_text(fd::tr("Prompt (after the vote): {prompt}"), {{"prompt", d->prompt}}), w);
    }
}

}  // namespace

void screen_presenter(const Game& g, Ui& ui) {
    begin_screen("##presenter", IM_COL32(12, 14, 20, 255), ImGuiWindowFlags_NoNav);
    float m = ui.u(16), w = ui.size.x - 2 * m;
    ImGui::SetCursorPos(ImVec2(m, m * 0.6f));
    std::string where = g.session() ? g.session()->encounter().title : "Front Door";
    text(ui.fonts.heading, color::kAccent, fd::format_text(fd::tr("Presenter \u00b7 {where}"), {{"where", where}}), w * 0.7f);
    std::string timer = timer_text(g);
    if (!timer.empty()) {
        ImFont* f = ui.fonts.title;
        float tw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, timer.c_str()).x;
        bool over = g.workshop().timer.left(g.now()) < 0;
        ImGui::GetWindowDrawList()->AddText(f, f->FontSize, ImVec2(ImGui::GetWindowPos().x + ui.size.x - m - tw, ImGui::GetWindowPos().y + m * 0.6f),
                                            over ? color::kBad : color::kText, timer.c_str());
    }
    ImGui::SetCursorPosX(m);
    text(ui.fonts.body, color::kMuted, fd::format_text(fd::tr("On the projector: {what}"), {{"what", on_projector(g)}}), w * 0.7f);
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    float top = ImGui::GetCursorPosY();
    float left_w = w * 0.56f, right_x = m + left_w + ui.u(24), right_w = w - left_w - ui.u(24);
    ImGui::SetCursorPosX(m);
    ImGui::BeginGroup();
    if (g.session()) notes(g, ui, coming_decision(g), left_w);
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(right_x, top));
    ImGui::BeginGroup();
    bool voting = g.session() && g.session()->at_decision() && g.view() == View::Play;
    const RoomVote* last = g.consequence() ? g.vote_for(g.consequence()->log_index) : nullptr;
    text(ui.fonts.bold, color::kText, voting ? fd::tr("The room's votes so far") : fd::tr("The room's votes"), right_w);
    if (voting) {
        vote_bars(ui, g.board().counts, fd::Mode::Avoid, false, right_w);
        text(ui.fonts.body, g.board().tie ? color::kAccent : color::kMuted, tally_text(g), right_w);
    } else if (last && g.view() == View::Consequence) {
        vote_bars(ui, last->counts, last->played, true, right_w);
        text(ui.fonts.body, color::kMuted, split_text(last->counts), right_w);
    }
    ImGui::EndGroup();
    const char* kKeys = keys_text();
    float kh = text_height(ui.fonts.body, kKeys, w);
    ImGui::SetCursorPos(ImVec2(m, ui.size.y - kh - m * 0.6f));
    text(ui.fonts.body, color::kMuted, kKeys, w);
    end_screen();
}

}  // namespace fdg
