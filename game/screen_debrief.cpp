// The end of an encounter for one player: how it ended, then a debrief of
// every decision: all five answers with the designer's fit and why, the
// player's answer and the best fit marked, and what about the moment pointed
// to the best mode (fd::build_debrief). From here a decision can be practised:
// tried again with another answer, never on record (fd::practise).
#include <algorithm>
#include <cfloat>

#include <imgui.h>

#include "debrief.hpp"
#include "screens.hpp"
#include "situation_words.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

// Every word of the debrief and practice pages, in one place (translated where drawn).
const char* rated_note() {
    return fd::tr("Each answer is rated from 1 to 5 for how well it fits the moment. No mode is always right.");
}
const char* practice_note() { return fd::tr("Practice: not on record. Your first answer stays the one that counts."); }

void fit_stars(Ui& ui, int fit, ImU32 col) {
    // Five dots, `fit` of them filled: the designer's 1..5 judgement at a glance.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    float r = ui.fonts.body->FontSize * 0.28f, step = r * 2.6f;
    for (int i = 0; i < 5; ++i) {
        ImVec2 c(p.x + r + i * step, p.y + ui.fonts.body->FontSize * 0.55f);
        if (i < fit) dl->AddCircleFilled(c, r, col, 16);
        else dl->AddCircle(c, r, IM_COL32(120, 128, 146, 255), 16, std::max(1.0f, ui.u(1.5f)));
    }
    ImGui::Dummy(ImVec2(step * 5, ui.fonts.body->FontSize));
}

// One answer on offer: mode, fit, marks; what it says; why it fits or not.
// The player's answer has a bar in its mode's colour down its left edge.
void answer_row(Ui& ui, const fd::DebriefAnswer& a, float w) {
    ImVec2 top = ImGui::GetCursorScreenPos();
    float indent = ui.u(14);
    ImGui::Indent(indent);
    float inner = w - indent;
    text(ui.fonts.bold, mode_color(a.mode), mode_label(a.mode));
    ImGui::SameLine(0, ui.u(10));
    fit_stars(ui, a.fit, mode_color(a.mode));
    ImGui::SameLine(0, ui.u(8));
    std::string marks = a.chosen && a.best ? fd::tr("your answer \u00b7 a best fit")
                        : a.chosen           ? fd::tr("your answer")
                        : a.best             ? fd::tr("a best fit")
                                             : "";
    text(ui.fonts.small, a.chosen ? color::kAccent : color::kGood, marks);
    text(ui.fonts.body, a.chosen || a.best ? color::kText : color::kMuted, a.says, inner);
    text(ui.fonts.small, color::kMuted, a.why, inner);
    ImGui::Unindent(indent);
    if (a.chosen) {
        ImVec2 bottom = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x, top.y), ImVec2(top.x + ui.u(5), bottom.y - ui.u(2)),
                                                  mode_color(a.mode), ui.u(2));
    }
    ImGui::Dummy(ImVec2(0, ui.u(3)));
}

std::string tries_line(const Game& g, std::size_t log_index) {
    std::string out;
    for (const auto& t : g.practice().tries)
        if (t.log_index == log_index)
            out += (out.empty() ? "" : ", ") + fd::format_text(fd::tr("{mode} {fit}/5"), {{"mode", mode_label(t.mode)},
                                                                                       {"fit", std::to_string(t.fit)}});
    return out;
}

void debrief_item(const Game& g, Ui& ui, int n, const fd::DebriefItem& d, float w, const std::string& customer) {
    Card c = begin_card(w, ui.u(14));
    float inner = w - 2 * c.pad;
    text(ui.fonts.small, color::kMuted, std::to_string(n) + ".  " + speaker_line(customer, d.customer_said), inner);
    std::string pointers = fd::situation_list(d.pointers);  // in the player's language
    if (!pointers.empty())
        text(ui.fonts.small, color::kMuted, fd::format_text(fd::tr("What pointed to the best answer: {pointers}"), {{"pointers", pointers}}),
             inner);
    ImGui::Dummy(ImVec2(0, ui.u(2)));
    std::string chose =
        d.chose_best()
            ? fd::format_text(fd::tr("You chose {mode}  \u00b7  fit {fit}/5  \u00b7  the best fit here"),
                              {{"mode", mode_label(d.chosen)}, {"fit", std::to_string(d.fit)}})
            : fd::format_text(fd::tr("You chose {mode}  \u00b7  fit {fit}/5  \u00b7  best here: {best} {best_fit}/5"),
                              {{"mode", mode_label(d.chosen)}, {"fit", std::to_string(d.fit)}, {"best", mode_label(d.best)},
                               {"best_fit", std::to_string(d.best_fit)}});
    text(ui.fonts.bold, mode_color(d.chosen), chose, inner);
    ImGui::Dummy(ImVec2(0, ui.u(4)));
    if (d.answers.empty()) text(ui.fonts.body, color::kText, d.chosen_why, inner);  // the beat left the story (a reload)
    for (const auto& a : d.answers) answer_row(ui, a, inner);
    std::string tried = tries_line(g, d.log_index);
    if (!tried.empty())
        text(ui.fonts.small, color::kAccent, fd::format_text(fd::tr("Practice (not on record): {tries}"), {{"tries", tried}}),
             inner);
    if (g.can_practise(d.log_index)) {
        ImGui::PushID(n);
        std::string label = fd::format_text(fd::tr("Try another answer ({n})"), {{"n", std::to_string(n)}});
        if (button(ui, label.c_str()) && ui.input.act()) ui.ask(Intent::practise(d.log_index));
        ImGui::PopID();
    }
    end_card(c, color::kPanel);
}

// The decision to practise when P is pressed: the first not answered with a best fit, else the first.
std::size_t first_to_practise(const std::vector<fd::DebriefItem>& items) {
    for (const auto& d : items)
        if (!d.chose_best()) return d.log_index;
    return items.front().log_index;
}

void scroll_keys(const Game& g, Ui& ui) {
    Input& in = ui.input;
    if (g.overlay_open()) return;
    float step = ui.line() * 3;
    if (in.key(SDLK_DOWN)) ImGui::SetScrollY(ImGui::GetScrollY() + step);
    if (in.key(SDLK_UP)) ImGui::SetScrollY(ImGui::GetScrollY() - step);
    if (in.key(SDLK_PAGEDOWN)) ImGui::SetScrollY(ImGui::GetScrollY() + ImGui::GetWindowHeight() * 0.8f);
    if (in.key(SDLK_PAGEUP)) ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetWindowHeight() * 0.8f);
}

// What the latest try at this decision did: the words, the customer's reaction, the fit and why, the changes.
void last_try(const Game& g, Ui& ui, const fd::PracticeTry& t, float w) {
    Card c = begin_card(w, ui.u(14));
    float inner = w - 2 * c.pad;
    std::string head = fd::format_text(t.fit >= t.best_fit ? fd::tr("You tried {mode}  \u00b7  fit {fit}/5  \u00b7  a best fit")
                                                           : fd::tr("You tried {mode}  \u00b7  fit {fit}/5"),
                                       {{"mode", mode_label(t.mode)}, {"fit", std::to_string(t.fit)}});
    text(ui.fonts.bold, mode_color(t.mode), head, inner);
    text(ui.fonts.body, color::kText, fd::format_text(fd::tr("You: {says}"), {{"says", t.says}}), inner);
    const std::string& customer = g.session()->encounter().customer.name;
    if (!t.reaction.empty()) text(ui.fonts.body, color::kText, speaker_line(customer, t.reaction), inner);
    if (!t.then.empty()) text(ui.fonts.body, color::kMuted, speaker_line(customer, t.then), inner);
    ImGui::Dummy(ImVec2(0, ui.u(4)));
    delta_chips(ui, t.before, t.after, inner);
    text(ui.fonts.small, color::kMuted, t.why, inner);
    if (!t.outcome.empty()) text(ui.fonts.small, outcome_color(t.outcome), fd::format_text(fd::tr("This answer would have ended it: {outcome}"), {{"outcome", outcome_label(t.outcome)}}), inner);
    end_card(c, color::kPanel, mode_color(t.mode));
}

void practice_page(const Game& g, Ui& ui, const fd::DebriefItem& d, int n) {
    DeskColumns dc = desk_columns(g, ui);
    float button_h = ui.fonts.bold->FontSize + ui.u(32);
    ImGui::BeginChild("##practice_scroll", ImVec2(dc.right_w, dc.body_h - button_h), false, ImGuiWindowFlags_NoNav);
    float w = dc.right_w - ui.u(20);
    text(ui.fonts.small, color::kAccent, practice_note(), w);
    text(ui.fonts.heading, color::kText, fd::format_text(fd::tr("Decision {n}: Try another answer"), {{"n", std::to_string(n)}}), w);
    text(ui.fonts.body, color::kText, speaker_line(g.session()->encounter().customer.name, d.customer_said), w);
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    const fd::PracticeTry* latest = nullptr;
    for (const auto& t : g.practice().tries)
        if (t.log_index == d.log_index) latest = &t;
    if (latest) {
        last_try(g, ui, *latest, w);
        ImGui::Dummy(ImVec2(0, ui.u(6)));
    }
    Input& in = ui.input;
    int number = 0;
    for (const auto& a : d.answers) {
        ++number;
        std::string tag = a.chosen ? fd::format_text(fd::tr("{mode} \u00b7 yours"), {{"mode", mode_label(a.mode)}})
                                   : std::string(mode_label(a.mode));
        bool picked = answer_button(ui, number, tag.c_str(), mode_color(a.mode), a.says, w, latest && latest->mode == a.mode);
        bool key = in.key(SDLK_0 + number) && !g.overlay_open();
        if ((picked || key) && in.act()) ui.ask(Intent::practise_answer(a.mode));
        ImGui::Dummy(ImVec2(0, ui.u(4)));
    }
    scroll_keys(g, ui);
    ImGui::EndChild();
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    ImGui::SetCursorPosX(dc.left_w + dc.pad * 2);
    bool back = button(ui, fd::tr("Back to the debrief"), "Backspace", 0, true);
    if ((back || (in.key(SDLK_BACKSPACE) && !g.overlay_open())) && in.act()) ui.ask(Intent::of(Intent::EndPractice));
    // TRANSLATORS: footer hints: "key|what it does" pairs separated by ";"; translate what they do, keep the keys, | and ;.
    footer_hints(ui, fd::tr("1\u20135|try an answer;\u2191\u2193|scroll;Backspace|back to the debrief;Esc|menu"));
}

}  // namespace

void screen_debrief(const Game& g, Ui& ui) {
    const fd::SessionState& st = g.session()->state();
    auto items = fd::build_debrief(g.session()->story(), st.log, st.stage);
    const std::string& customer = g.session()->encounter().customer.name;
    begin_screen(g.practising() ? "##practice" : "##debrief");
    encounter_bar(g, ui);
    if (g.practising()) {
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].log_index == *g.practice().decision) practice_page(g, ui, items[i], static_cast<int>(i) + 1);
        end_screen();
        return;
    }
    const fd::Beat& ending = g.session()->beat();
    std::string outcome = st.results.empty() ? ending.outcome : st.results.back().outcome;
    DeskColumns d = desk_columns(g, ui);
    float button_h = ui.fonts.bold->FontSize + ui.u(32);
    ImGui::BeginChild("##debrief_scroll", ImVec2(d.right_w, d.body_h - button_h), false, ImGuiWindowFlags_NoNav);
    float w = d.right_w - ui.u(20);
    text(ui.fonts.small, color::kMuted, fd::tr("How it ended"));
    text(ui.fonts.title, outcome_color(outcome), outcome_label(outcome));
    text(ui.fonts.body, color::kText, ending.text, w);
    ImGui::Dummy(ImVec2(0, ui.u(10)));
    text(ui.fonts.heading, color::kText, fd::tr("Debrief: your decisions"));
    text(ui.fonts.small, color::kMuted, rated_note(), w);
    ImGui::Dummy(ImVec2(0, ui.u(4)));
    int n = 0;
    for (const auto& item : items) {
        debrief_item(g, ui, ++n, item, w, customer);
        ImGui::Dummy(ImVec2(0, ui.u(4)));
    }
    if (items.empty()) text(ui.fonts.body, color::kMuted, fd::tr("There were no decisions in this encounter."), w);
    // Keyboard: the arrows scroll (this screen has one button); P or a decision's number practises it.
    Input& in = ui.input;
    scroll_keys(g, ui);
    bool can = !items.empty() && g.can_practise(items.front().log_index) && !g.overlay_open();
    if (can && in.key(SDLK_p) && in.act()) ui.ask(Intent::practise(first_to_practise(items)));
    for (std::size_t i = 0; can && i < items.size() && i < 9; ++i)
        if (in.key(SDLK_1 + static_cast<int>(i)) && in.act()) ui.ask(Intent::practise(items[i].log_index));
    ImGui::EndChild();
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    ImGui::SetCursorPosX(d.left_w + d.pad * 2);
    bool go = button(ui, fd::tr("Continue"), "Space", 0, true);
    bool keys = in.any({SDLK_SPACE, SDLK_RETURN, SDLK_KP_ENTER, SDLK_RIGHT}) && !g.overlay_open();
    if ((go || keys) && in.act()) ui.ask(Intent::of(Intent::Proceed));
    footer_hints(ui, can ? fd::tr("\u2191\u2193 PgUp PgDn|scroll;P or 1\u20139|try a decision again;Space/Enter/\u2192|next;Esc|menu")
                         : fd::tr("\u2191\u2193 PgUp PgDn|scroll;Space/Enter/\u2192|next;Esc|menu"));
    end_screen();
}

}  // namespace fdg
