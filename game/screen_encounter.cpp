// The encounter for one player: the customer as a person on the left, the
// conversation and the current beat on the right (a narration, a decision,
// or the consequence of the answer just given).
#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui.h>

#include "portrait.hpp"
#include "scene.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

void speech_bubble(Ui& ui, const std::string& s, float width, ImU32 col, ImFont* font) {
    Card c = begin_card(width, ui.u(12));
    text_as("speech", font, col, s, width - 2 * c.pad);
    end_card(c, color::kSpeech);
}

// The customer's line and the prompt: above the answers, never scrolled away.
void decision_head(const Game& g, Ui& ui, float w) {
    const fd::Beat& b = g.session()->beat();
    const fd::Encounter& e = g.session()->encounter();
    speech_bubble(ui, speaker_line(e.customer.name, b.text), w, color::kText, ui.fonts.bold);
    ImGui::Dummy(ImVec2(0, ui.u(2)));
    text(ui.fonts.small, color::kMuted, fd::tr("How do you answer? Press 1\u20135 or click."));
}

void decision_part(const Game& g, Ui& ui, float w) {
    const fd::Beat& b = g.session()->beat();
    auto order = g.answer_order();
    int picked = -1;
    for (int i = 0; i < 5; ++i) {
        fd::Mode m = order[static_cast<std::size_t>(i)];
        const fd::Answer* a = b.answer(m);
        if (!a) continue;
        const char* tag = g.settings().show_modes ? mode_label(m) : nullptr;
        if (answer_button(ui, i + 1, tag, mode_color(m), a->says, w)) picked = i;
    }
    Input& in = ui.input;
    for (int i = 0; i < 5 && !g.overlay_open(); ++i)
        if (in.key(SDLK_1 + i) || in.key(SDLK_KP_1 + i)) picked = i;
    if (picked >= 0 && !g.overlay_open() && in.act()) ui.ask(Intent::choose(order[static_cast<std::size_t>(picked)]));
}

float decision_height(const Game& g, Ui& ui, float w) {
    const fd::Beat& b = g.session()->beat();
    float pad = ui.u(12);
    float h = text_height(ui.fonts.bold, speaker_line(g.session()->encounter().customer.name, b.text), w - 2 * pad) + 2 * pad;
    h += ui.fonts.small->FontSize + ui.u(24);
    for (fd::Mode m : fd::kAllModes)
        if (const fd::Answer* a = b.answer(m))
            h += answer_layout(ui, g.settings().show_modes, a->says, w).size.y + ImGui::GetStyle().ItemSpacing.y;
    return h;
}

// The pinned head (the customer's line and the prompt), as decision_head draws it.
float decision_head_height(const Game& g, Ui& ui, float w) {
    const fd::Beat& b = g.session()->beat();
    float pad = ui.u(12), sp = ImGui::GetStyle().ItemSpacing.y;
    return text_height(ui.fonts.bold, speaker_line(g.session()->encounter().customer.name, b.text), w - 2 * pad) +
           2 * pad + ui.u(2) + ui.fonts.small->FontSize + 3 * sp;
}

// The first two answers in the order shown: what a compact decision keeps in view below its head.
float two_answers_height(const Game& g, Ui& ui, float w) {
    const fd::Beat& b = g.session()->beat();
    float h = 0;
    int n = 0;
    for (fd::Mode m : g.answer_order())
        if (const fd::Answer* a = b.answer(m); a && n++ < 2)
            h += answer_layout(ui, g.settings().show_modes, a->says, w).size.y + ImGui::GetStyle().ItemSpacing.y;
    return h;
}

bool continue_keys(Ui& ui) {
    return ui.input.any({SDLK_SPACE, SDLK_RETURN, SDLK_KP_ENTER, SDLK_RIGHT, SDLK_PAGEDOWN});
}

void narration_part(const Game& g, Ui& ui, float w) {
    const fd::Beat& b = g.session()->beat();
    Card c = begin_card(w, ui.u(16));
    text(ui.fonts.body, color::kText, b.text, w - 2 * c.pad);
    end_card(c, color::kPanel);
    ImGui::Dummy(ImVec2(0, ui.u(4)));
    bool go = button(ui, fd::tr("Continue"), "Space", 0, true);
    if ((go || (continue_keys(ui) && !g.overlay_open())) && ui.input.act()) ui.ask(Intent::of(Intent::Proceed));
}

float narration_height(const Game& g, Ui& ui, float w) {
    return text_height(ui.fonts.body, g.session()->beat().text, w - ui.u(32)) + ui.u(32) + ui.fonts.bold->FontSize +
           ui.u(40);
}

// For the first frames of a consequence, the scroll keeps the exchange (the player's
// answer and the reply) in view: Continue's default focus would scroll it out (issue 15).
// After that the player scrolls freely.
void keep_exchange_in_view(const Consequence& c, float top, float bottom) {
    ImGuiStorage* st = ImGui::GetStateStorage();
    ImGuiID shown = ImGui::GetID("##exchange_shown"), frames = ImGui::GetID("##exchange_frames");
    int key = static_cast<int>(c.log_index) + 1;
    if (st->GetInt(shown) != key) {
        st->SetInt(shown, key);
        st->SetInt(frames, 0);
    }
    int n = st->GetInt(frames);
    if (n >= 8) return;
    st->SetInt(frames, n + 1);
    float lo = bottom - ImGui::GetWindowHeight(), hi = top;
    ImGui::SetScrollY(lo <= hi ? std::min(std::max(ImGui::GetScrollY(), lo), hi) : hi);
}

void consequence_part(const Game& g, Ui& ui, float w) {
    const Consequence& c = *g.consequence();
    // What they said, the answer and how they took it, as a turn of the conversation
    // (the conversation above stops before it).
    float exchange_top = ImGui::GetCursorPosY();
    exchange(g, ui, c, w);
    float exchange_bottom = ImGui::GetCursorPosY();
    ImGui::Dummy(ImVec2(0, ui.u(4)));
    text(ui.fonts.small, color::kMuted, fd::tr("What your answer did:"));
    delta_chips(ui, c.before, c.after, w);
    std::string wall = wall_note(g, c);
    if (!wall.empty()) text(ui.fonts.small, color::kAccent, wall + " " + fd::tr("Lower the wall first, then offer."), w);
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    bool ending = g.session()->beat().kind == fd::BeatKind::Ending;
    bool go = button(ui, ending ? fd::tr("See how it ends") : fd::tr("Continue"), "Space", 0, true);
    if ((go || (continue_keys(ui) && !g.overlay_open())) && ui.input.act()) ui.ask(Intent::of(Intent::DismissConsequence));
    keep_exchange_in_view(c, exchange_top, exchange_bottom);  // after Continue, whose default focus scrolls
}

float consequence_height(const Game& g, Ui& ui, float w) {
    const Consequence& c = *g.consequence();
    return exchange_height(g, ui, c, w) + ui.fonts.small->FontSize * 3.5f + ui.fonts.bold->FontSize * 3 + ui.u(80);
}

// The current beat (narration, decision or consequence) in a region of its own
// that scrolls when the window is small; the keyboard focus scrolls with it.
// Returns the height its content needs.
float beat_part(const Game& g, Ui& ui, bool cons, float right_w, float height) {
    float w = right_w - ui.u(18);  // room for the scrollbar
    float head_h = 0;
    bool decision = !cons && g.session()->at_decision();
    if (decision) {  // pinned: only the answers scroll
        float x = ImGui::GetCursorPosX(), y = ImGui::GetCursorPosY();
        ImGui::BeginGroup();  // new lines start at the column, not the window's edge
        decision_head(g, ui, w);
        ImGui::EndGroup();
        ImGui::SetCursorPosX(x);
        head_h = ImGui::GetCursorPosY() - y;
        height -= head_h;
    }
    ImGui::BeginChild("##part", ImVec2(right_w, std::max(height, ui.line())), false, ImGuiWindowFlags_NavFlattened);
    float y0 = ImGui::GetCursorPosY() - head_h;
    if (cons) consequence_part(g, ui, w);
    else if (decision) decision_part(g, ui, w);
    else narration_part(g, ui, w);
    float needed = ImGui::GetCursorPosY() - y0 - ImGui::GetStyle().ItemSpacing.y;
    ImGui::EndChild();
    return needed;
}

// The sector's scene in `a`..`b` (screen pixels), reported for --state-json.
void place_scene(const Game& g, Ui& ui, ImVec2 a, ImVec2 b) {
    const fd::Encounter& e = g.session()->encounter();
    Scene scene = scene_for(e.sector, e.place);
    draw_scene(ImGui::GetWindowDrawList(), a, b, scene, g.settings().high_contrast);
    ui.scene = scene_name(scene);
    ui.scene_rect = ImVec4(a.x, a.y, b.x, b.y);
}

// The right column: the place (the sector's scene) on top, the conversation so
// far under it, the current beat below. The beat takes what it needs; the
// conversation all it has said, but never less than four lines (or all of it,
// when it is shorter); the scene the rest, when that is enough to show it.
// The beat's height is measured each frame (we always draw a few frames after
// a change), with an estimate for the very first frame.
void right_column(const Game& g, Ui& ui, float right_w, float body_h, ImVec4 bar_free) {
    const fd::SessionState& st = g.session()->state();
    bool cons = g.view() == View::Consequence && g.consequence();
    std::size_t end = cons ? g.consequence()->log_index
                           : (g.session()->beat().kind == fd::BeatKind::Narration ? st.log.size() - 1 : st.log.size());
    float w = right_w - ui.u(18);
    ImGuiStorage* store = ImGui::GetStateStorage();
    ImGuiID key = ImGui::GetID((st.beat + (cons ? "#c" : "#p") + std::to_string(static_cast<int>(w))).c_str());
    float part_h = store->GetFloat(key, -1);
    if (part_h < 0)
        part_h = cons ? consequence_height(g, ui, w)
                      : g.session()->at_decision() ? decision_height(g, ui, w) : narration_height(g, ui, w);
    float spacing = ImGui::GetStyle().ItemSpacing.y;
    float label_h = ui.fonts.small->FontSize + spacing;
    float conv_full = conversation_height(g, ui, end, w);  // 0: nothing said yet
    float min_conv = std::min(4 * (ui.fonts.small->FontSize + spacing), conv_full);
    float room = body_h - part_h - 2 * spacing;  // for the scene, the label and the conversation
    // Compact (large text, small window): at a decision that does not fit, the
    // answers get the column; at a consequence, the exchange just made (what they
    // said, the answer, how they took it) rather than half of it under older lines.
    bool compact = (cons || g.session()->at_decision()) && room - label_h < min_conv;
    // Nothing said yet (the opening narration): no empty fd::tr("So far") box.
    bool show_conv = !compact && conv_full > 0;
    float conv_h = show_conv ? std::max(min_conv, std::min(conv_full, room - label_h)) : 0;
    float scene_h = compact ? 0 : room - (show_conv ? label_h + conv_h : 0);
    // A thin band of the place at least (large text, small window), when what it
    // would take is not needed: the conversation so far is all in view, or the
    // compact decision still shows its head and two answers under the band.
    float band = std::round(ui.u(32)) + spacing;
    if (scene_h < ui.u(72)) {  // too little for the whole picture
        bool conv_whole = !show_conv || conv_h >= conv_full;
        if (compact && !cons)
            scene_h = body_h - decision_head_height(g, ui, w) - two_answers_height(g, ui, w) - spacing >= band ? band : 0;
        else if (!(conv_whole && scene_h >= band)) {
            if (show_conv) conv_h += std::max(0.0f, scene_h);  // the conversation takes it
            scene_h = 0;
        }
    }
    float x = ImGui::GetCursorPosX(), top = ImGui::GetCursorPosY();
    if (scene_h > 0) {
        ImVec2 a = ImGui::GetCursorScreenPos();
        place_scene(g, ui, a, ImVec2(a.x + w, a.y + scene_h - spacing));
        ImGui::Dummy(ImVec2(w, scene_h - 2 * spacing));
        ImGui::SetCursorPosX(x);
    } else if (bar_free.z - bar_free.x >= ui.u(120) && bar_free.w - bar_free.y >= 40) {
        // No room in the column: a strip of it in the title bar (below 40 px a scene is only stripes).
        place_scene(g, ui, ImVec2(bar_free.x, bar_free.y), ImVec2(bar_free.z, bar_free.w));
    }
    if (show_conv) {
        text(ui.fonts.small, color::kMuted, fd::tr("So far"));
        ImGui::SetCursorPosX(x);
        conversation(g, ui, end, w, conv_h);
        ImGui::SetCursorPos(ImVec2(x, top + scene_h + label_h + conv_h + spacing));
    } else {
        ImGui::SetCursorPos(ImVec2(x, top + scene_h));
    }
    float part_top = ImGui::GetCursorPosY();
    store->SetFloat(key, beat_part(g, ui, cons, right_w, body_h - (part_top - top)));
}

}  // namespace

void screen_encounter(const Game& g, Ui& ui) {
    // A window per beat: each one opens with the keyboard focus on its first
    // item, instead of on a button of the previous beat that no longer exists.
    const fd::SessionState& now = g.session()->state();
    std::string id = "##encounter:" + now.stage + ":" + now.beat + (g.view() == View::Consequence ? ":c" : "") +
                     std::to_string(now.log.size());
    begin_screen(id.c_str());
    ImVec4 bar_free = encounter_bar(g, ui);
    DeskColumns d = desk_columns(g, ui);
    right_column(g, ui, d.right_w, d.body_h, bar_free);

    bool cons = g.view() == View::Consequence && g.consequence();
    std::string f12 = g.designer_tools() ? fd::tr(";F12|inspector") : "";  // trainees are never offered it
    if (g.session()->at_decision() && !cons)
        footer_hints(ui, fd::tr("1\u20135|answer;Tab/\u2191\u2193|move;Enter|choose;Esc|menu;V|read aloud") + f12);
    else
        footer_hints(ui, fd::tr("Space/Enter/\u2192|continue;Esc|menu;V|read aloud") + f12);
    end_screen();
}

}  // namespace fdg
