// Pieces the encounter, debrief and facilitator screens share: the customer's
// card, the bar across the top, the change chips and the conversation so far.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui.h>
#include <imgui_internal.h>

#include "layout_probe.hpp"
#include "portrait.hpp"
#include "rules.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

float ease(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return 1.0f - (1.0f - t) * (1.0f - t) * (1.0f - t);
}

float mood_position(const std::string& mood) {
    int r = fd::mood_rank(mood);
    return r < 0 ? 4.0f : static_cast<float>(r);
}

std::string first_name(const std::string& name) { return name.substr(0, name.find(' ')); }

std::string speaker_line(const std::string& customer_name, const std::string& says) {
    // A line in quotes is speech; anything else is what the customer does.
    bool speech = !says.empty() && (says[0] == '"' || says.rfind("\u201c", 0) == 0);
    return speech ? first_name(customer_name) + ": " + says : says;
}

Shown shown_now(const Game& g) {
    Shown s;
    const fd::SessionState& st = g.session()->state();
    fd::Snapshot a = st.snapshot(), b = a;
    float t = 1;
    if (g.view() == View::Consequence && g.consequence()) {
        a = g.consequence()->before;
        b = g.consequence()->after;
        t = g.settings().reduced_motion ? 1.0f : ease(static_cast<float>((g.now() - g.consequence()->started) / Game::kAnimSeconds));
    }
    auto mix = [t](double x, double y) { return static_cast<float>(x + (y - x) * t); };
    s.trust = mix(a.customer.trust, b.customer.trust);
    s.wall = mix(a.customer.wall, b.customer.wall);
    s.money = mix(static_cast<double>(a.business.money), static_cast<double>(b.business.money));
    s.reputation = mix(a.business.reputation, b.business.reputation);
    s.mood = mix(mood_position(a.customer.mood), mood_position(b.customer.mood));
    s.mood_name = t < 0.5f ? a.customer.mood : b.customer.mood;
    return s;
}

// The title, the place when it fits, and who is playing at the right.
// Returns the empty stretch of the bar between them (screen pixels).
ImVec4 encounter_bar(const Game& g, Ui& ui) {
    const fd::Encounter& e = g.session()->encounter();
    std::string right = g.session()->story().is_campaign
                            ? fd::format_text(fd::tr("Encounter {n} \u00b7 {player}"), {{"n", std::to_string(g.stage_number())}, {"player", player_label(g.play().player)}})
                            : fd::format_text(fd::tr("Practice \u00b7 {player}"), {{"player", player_label(g.play().player)}});
    ImFont* f = ui.fonts.small;
    float rw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, right.c_str()).x;
    float right_x = ui.size.x - rw - ui.u(16);
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(e.title.c_str());
    probe_last_item("heading", e.title);
    ImGui::PopFont();
    float title_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    ImVec2 bar_min = ImGui::GetItemRectMin(), bar_max = ImGui::GetItemRectMax();
    float place_w = ui.fonts.body->CalcTextSizeA(ui.fonts.body->FontSize, FLT_MAX, 0, e.place.c_str()).x;
    if (title_end + ui.u(14) + place_w + ui.u(16) < right_x) {
        ImGui::SameLine(0, ui.u(14));
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (ui.fonts.heading->FontSize - ui.fonts.body->FontSize) * 0.6f);
        text(ui.fonts.body, color::kMuted, e.place);
        bar_max.x = std::max(bar_max.x, ImGui::GetItemRectMax().x);
    }
    float free_end = ImGui::GetWindowPos().x + ui.size.x - ui.u(16);
    if (title_end + ui.u(16) < right_x) {
        ImGui::GetWindowDrawList()->AddText(f, f->FontSize, ImVec2(right_x, ui.u(14)), color::kMuted, right.c_str());
        probe_text("text", f, ImVec2(right_x, ui.u(14)), right);
        free_end = ImGui::GetWindowPos().x + right_x;
    }
    return ImVec4(bar_max.x + ui.u(20), bar_min.y, free_end - ui.u(20), bar_max.y);
}

namespace {

constexpr const char* kWallNote = fd::N_("The wall: how closed off they are. While it is up, good news lands weaker.");

// Name and role, `w` wide.
void card_header(const Game& g, Ui& ui, float w) {
    const fd::Customer& c = g.session()->encounter().customer;
    text(ui.fonts.heading, color::kText, c.name, w);
    text(ui.fonts.small, color::kMuted, c.role, w);
}

float card_header_height(const Game& g, Ui& ui, float w) {
    const fd::Customer& c = g.session()->encounter().customer;
    float sp = ImGui::GetStyle().ItemSpacing.y;
    return text_height(ui.fonts.heading, c.name, w) + sp + text_height(ui.fonts.small, c.role, w);
}

// Who they are beyond the name: read once, so last when space is short.
void card_life(const Game& g, Ui& ui, float inner) {
    ImGui::Dummy(ImVec2(0, ui.u(2)));
    text(ui.fonts.small, color::kText, g.session()->encounter().customer.life, inner);
    ImGui::Dummy(ImVec2(0, ui.u(6)));
}

// Everything on the card under the name. `note`: explain the wall; `life_last`:
// the meters and the business before the customer's story (a small window).
void card_body(const Game& g, Ui& ui, float inner, const Shown& s, bool meters, bool note, bool life_last) {
    if (life_last) ImGui::Dummy(ImVec2(0, ui.u(4)));
    else card_life(g, ui, inner);
    text(ui.fonts.bold, mood_color(s.mood_name), fd::format_text(fd::tr("Mood: {mood}"), {{"mood", mood_label(s.mood_name)}}), inner);
    if (meters) {
        meter(ui, fd::tr("Trust"), s.trust, inner, true);
        meter(ui, fd::tr("Wall"), s.wall, inner, false, note ? fd::tr(kWallNote) : nullptr);
    }
    ImGui::Dummy(ImVec2(0, ui.u(8)));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(p, ImVec2(p.x + inner, p.y + std::max(1.0f, ui.u(1))), color::kPanelEdge);
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    text(ui.fonts.bold, color::kText, fd::tr("The business"));
    if (meters) {
        long long money = std::llround(s.money);
        int rep = static_cast<int>(std::lround(s.reputation));
        text(ui.fonts.body, money < 0 ? color::kBad : color::kText, fd::format_text(fd::tr("Money  {amount}"), {{"amount", money_text(money)}}));
        text(ui.fonts.body, rep < 0 ? color::kBad : color::kText, fd::format_text(fd::tr("Reputation  {n}"), {{"n", signed_text(rep)}}));
    }
    std::string so_far = campaign_so_far(g, s);
    if (!so_far.empty()) text(ui.fonts.small, color::kMuted, so_far, inner);
    if (life_last) card_life(g, ui, inner);
}

// How the card fits its panel: the portrait shrinks first, then the wall's
// explanation goes, then the portrait moves beside the name, and only then
// does the card scroll (the customer's story last, so the meters stay in view).
struct CardFit {
    float portrait = 0, inner = 0;
    bool compact = false, note = true, scroll = false;
};

CardFit fit_card(const Game& g, Ui& ui, float width, float avail, float body_h, float note_h, bool meters) {
    CardFit f;
    float sp = ImGui::GetStyle().ItemSpacing.y, gap = ui.u(6) + sp;
    f.inner = width - 2 * ui.u(14);
    float header = card_header_height(g, ui, f.inner) + sp;
    float largest = std::min(f.inner, avail * 0.32f), smallest = std::min(largest, ui.u(96));
    f.note = !ui.facilitator && meters;  // note_h is 0 unless the card explains the wall
    float text_h = header + body_h;      // body_h has the wall's note in it
    if (f.note && text_h + gap + smallest > avail) {
        f.note = false;
        text_h -= note_h;
    }
    if (text_h + gap + smallest <= avail) {
        f.portrait = std::clamp(avail - text_h - gap, smallest, largest);
        return f;
    }
    f.compact = true;
    f.portrait = std::min(largest, ui.u(72));
    float side = f.inner - f.portrait - ui.u(12);
    float top = std::max(f.portrait, card_header_height(g, ui, side)) + sp;
    f.scroll = top + body_h - note_h > avail;
    if (f.scroll) f.inner -= ImGui::GetStyle().ScrollbarSize;
    return f;
}

}  // namespace

// What the card's body needs is measured each frame (we always draw a few
// frames after a change), with a guess for the first.
void customer_card(const Game& g, Ui& ui, float width, float height, const Shown& s, bool meters) {
    float pad = ui.u(14);
    ImGuiStorage* store = ImGui::GetStateStorage();
    ImGuiID key = ImGui::GetID("##customer_body");
    float avail = height - 2 * pad;
    float body_h = store->GetFloat(key, avail * 0.5f);  // with the wall's note
    bool explains = !ui.facilitator && meters;
    float note_h = 0;
    if (explains) note_h = text_height(ui.fonts.small, kWallNote, width - 2 * pad) + ImGui::GetStyle().ItemSpacing.y;
    CardFit f = fit_card(g, ui, width, avail, body_h, note_h, meters);

    begin_panel("##customer", ImVec2(width, height), color::kPanel, pad, f.scroll);
    const fd::Encounter& e = g.session()->encounter();
    ImVec2 at = ImGui::GetCursorScreenPos();
    float px = f.compact ? at.x : at.x + (f.inner - f.portrait) * 0.5f;
    draw_portrait(ImGui::GetWindowDrawList(), ImVec2(px, at.y), f.portrait, e.customer, s.mood);
    if (f.compact) {
        float side = f.inner - f.portrait - ui.u(12);
        ImGui::SetCursorScreenPos(ImVec2(at.x + f.portrait + ui.u(12), at.y));
        ImGui::BeginGroup();
        card_header(g, ui, side);
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos(ImVec2(at.x, std::max(at.y + f.portrait, ImGui::GetItemRectMax().y)));
        ImGui::Dummy(ImVec2(f.inner, 0));
    } else {
        ImGui::Dummy(ImVec2(f.inner, f.portrait + ui.u(6)));
        card_header(g, ui, f.inner);
    }
    float y0 = ImGui::GetCursorPosY();
    card_body(g, ui, f.inner, s, meters, f.note, f.scroll);
    float used = ImGui::GetCursorPosY() - y0 - ImGui::GetStyle().ItemSpacing.y;
    store->SetFloat(key, used + (explains && !f.note ? note_h : 0));
    end_panel();
}

std::string wall_note(const Game& g, const Consequence& c) {
    const auto& log = g.session()->state().log;
    if (c.log_index >= log.size()) return "";
    const fd::Event& ev = log[c.log_index];
    if (ev.offered_trust <= 0 || ev.landed_trust >= ev.offered_trust) return "";
    return fd::format_text(fd::tr("The wall ({wall}) let through {landed} of the {offered} trust your answer offered."),
                           {{"wall", std::to_string(ev.before.customer.wall)}, {"landed", signed_text(ev.landed_trust)}, {"offered", signed_text(ev.offered_trust)}});
}

DeskColumns desk_columns(const Game& g, Ui& ui) {
    DeskColumns d;
    d.pad = ui.u(16);
    d.top = ImGui::GetCursorPosY() + ui.u(4);
    float footer = ui.fonts.small->FontSize + ui.u(24);
    d.body_h = ui.size.y - d.top - footer;
    d.left_w = std::clamp(ui.size.x * 0.3f, ui.u(250), ui.u(420));
    d.right_w = ui.size.x - d.left_w - d.pad * 3;
    ImGui::SetCursorPosY(d.top);
    customer_card(g, ui, d.left_w, d.body_h, shown_now(g), true);
    ImGui::SetCursorPos(ImVec2(d.left_w + d.pad * 2, d.top));
    return d;
}

std::string campaign_so_far(const Game& g, const Shown& s) {
    // The meters show this encounter's figures (animated): add them to what came before.
    if (g.session()->encounters_before_this_one() == 0) return "";
    fd::BusinessState earlier = g.session()->totals_before_this_encounter();
    long long money = earlier.money + std::llround(s.money);
    long long rep = earlier.reputation + std::lround(s.reputation);
    return fd::format_text(fd::tr("Campaign so far: {money} \u00b7 reputation {rep}"), {{"money", money_text(money)}, {"rep", signed_text(rep)}});
}

namespace {

struct Chip {
    std::string text;
    bool good;
};

std::vector<Chip> chips_of(const fd::Snapshot& a, const fd::Snapshot& b) {
    std::vector<Chip> chips;
    int dt = b.customer.trust - a.customer.trust, dw = b.customer.wall - a.customer.wall;
    if (dt) chips.push_back({fd::format_text(fd::tr("Trust {n}"), {{"n", signed_text(dt)}}), dt > 0});
    if (dw) chips.push_back({fd::format_text(fd::tr("Wall {n}"), {{"n", signed_text(dw)}}), dw < 0});
    if (a.customer.mood != b.customer.mood)
        chips.push_back({fd::format_text(fd::tr("Mood {from} \u2192 {to}"), {{"from", mood_label(a.customer.mood)}, {"to", mood_label(b.customer.mood)}}),
                         fd::mood_rank(b.customer.mood) > fd::mood_rank(a.customer.mood)});
    long long dm = b.business.money - a.business.money;
    if (dm) chips.push_back({fd::format_text(fd::tr("Money {amount}"), {{"amount", money_text(dm)}}), dm > 0});
    int dr = b.business.reputation - a.business.reputation;
    if (dr) chips.push_back({fd::format_text(fd::tr("Reputation {n}"), {{"n", signed_text(dr)}}), dr > 0});
    if (chips.empty()) chips.push_back({fd::tr("Nothing changed"), true});
    return chips;
}

}  // namespace

// How tall delta_chips draws them in `width` (the rows they wrap into), for a page that must fit.
float delta_chips_height(Ui& ui, const fd::Snapshot& a, const fd::Snapshot& b, float width) {
    ImFont* f = ui.fonts.bold;
    float x = 0, y = 0, pad = ui.u(10), gap = ui.u(8), h = f->FontSize + 2 * ui.u(5);
    for (const auto& c : chips_of(a, b)) {
        float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, c.text.c_str()).x + 2 * pad;
        if (x > 0 && x + w > width) {
            x = 0;
            y += h + gap;
        }
        x += w + gap;
    }
    return y + h + ImGui::GetStyle().ItemSpacing.y;
}

void delta_chips(Ui& ui, const fd::Snapshot& a, const fd::Snapshot& b, float width) {
    std::vector<Chip> chips = chips_of(a, b);
    ImFont* f = ui.fonts.bold;
    float x = 0, pad = ui.u(10), gap = ui.u(8);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float y = 0, h = f->FontSize + 2 * ui.u(5);
    for (const auto& c : chips) {
        float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, c.text.c_str()).x + 2 * pad;
        if (x > 0 && x + w > width) {
            x = 0;
            y += h + gap;
        }
        ImVec2 a2(origin.x + x, origin.y + y);
        bool neutral = c.text == fd::tr("Nothing changed");
        ImU32 col = neutral ? color::kMuted : c.good ? color::kGood : color::kBad;
        dl->AddRectFilled(a2, ImVec2(a2.x + w, a2.y + h), color::kChip, h * 0.5f);
        dl->AddRect(a2, ImVec2(a2.x + w, a2.y + h), col, h * 0.5f, 0, std::max(1.5f, ui.u(2)));
        dl->AddText(f, f->FontSize, ImVec2(a2.x + pad, a2.y + ui.u(5)), col, c.text.c_str());
        probe_text("chip", f, ImVec2(a2.x + pad, a2.y + ui.u(5)), c.text, 0, a2, ImVec2(a2.x + w, a2.y + h));
        x += w + gap;
    }
    ImGui::Dummy(ImVec2(width, y + h));
}

namespace {

// Who says a piece of the conversation: the customer (left, beside their face),
// the player (right, edged in the answer's mode colour) or the narration
// (centred, muted, no bubble, in italic).
enum class Side { Customer, Player, Narration };

// One wrapped piece of the conversation, laid out before it is drawn so the
// view can start on a line boundary. Positions are in the conversation's own
// space: x from its left edge, y from its top.
struct Said {
    Side side;
    ImU32 color;
    std::string lines;  // wrapped
    float x = 0, y = 0, w = 0, h = 0;  // the bubble, or the narration's block
    float text_y = 0;   // from the bubble's top to its first line
    int count = 1;      // lines
    float mood = 4;     // the customer's face beside their line
};

struct SaidStyle {
    float pad_x, pad_y, avatar, gap;
};

SaidStyle said_style(Ui& ui) {
    float fs = ui.fonts.small->FontSize;
    return {ui.u(10), ui.u(6), std::round(fs * 2.0f), ui.u(8)};
}

void add_said(std::vector<Said>& out, Ui& ui, Side side, ImU32 col, const std::string& s, float w, float mood = 4) {
    SaidStyle st = said_style(ui);
    ImFont* f = side == Side::Narration ? ui.fonts.italic : ui.fonts.small;  // narration is set apart by type
    float bubble_max = std::max(w * 0.82f, ui.u(120));
    float inner = side == Side::Customer   ? bubble_max - st.avatar - st.gap - 2 * st.pad_x
                  : side == Side::Player   ? bubble_max - 2 * st.pad_x
                                           : w * 0.86f;
    inner = std::max(inner, ui.u(40));
    Said x{side, col, wrap_words(f, s, inner)};
    x.count = 1 + static_cast<int>(std::count(x.lines.begin(), x.lines.end(), '\n'));
    float text_w = std::min(inner, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, x.lines.c_str()).x);
    x.mood = mood;
    if (side == Side::Narration) {
        x.w = text_w;
        x.x = std::max(0.0f, (w - text_w) * 0.5f);
        x.h = static_cast<float>(x.count) * f->FontSize;
    } else {
        x.w = text_w + 2 * st.pad_x;
        x.x = side == Side::Customer ? st.avatar + st.gap : std::max(0.0f, w - x.w);
        x.text_y = st.pad_y;
        x.h = static_cast<float>(x.count) * f->FontSize + 2 * st.pad_y;
        if (side == Side::Customer) x.h = std::max(x.h, st.avatar);
    }
    out.push_back(std::move(x));
}

// A line the customer says (in quotes) goes in their bubble; what they do is narration.
void add_customer(std::vector<Said>& out, Ui& ui, const std::string& customer_name, const std::string& s, float w,
                  float mood) {
    // "Marisol: ..." in the bubble too: read aloud, the name says who speaks, as "You (...)" does.
    std::string line = speaker_line(customer_name, s);
    bool speech = line != s;
    add_said(out, ui, speech ? Side::Customer : Side::Narration, speech ? color::kText : color::kMuted, line, w, mood);
}

void add_player(std::vector<Said>& out, Ui& ui, fd::Mode m, const std::string& says, float w) {
    std::string who = fd::format_text(fd::tr("You ({mode}): "), {{"mode", mode_label(m)}});  // revealed once chosen, labels or not
    add_said(out, ui, Side::Player, mode_color(m), who + says, w);
}

// Stacks the pieces from y = 0, a wider gap between turns (`turn_starts`: the first piece of each).
float stack(std::vector<Said>& said, const std::vector<std::size_t>& turn_starts, Ui& ui) {
    float y = 0, spacing = ImGui::GetStyle().ItemSpacing.y;
    for (std::size_t k = 0; k < said.size(); ++k) {
        if (k > 0 && std::find(turn_starts.begin(), turn_starts.end(), k) != turn_starts.end()) y += ui.u(6);
        said[k].y = y;
        y += said[k].h + spacing;
    }
    return said.empty() ? 0 : said.back().y + said.back().h;
}

// What was said in this encounter (events before `end`), the newest last.
std::vector<Said> conversation_lines(const Game& g, Ui& ui, std::size_t end, float w) {
    const fd::SessionState& st = g.session()->state();
    const fd::Encounter& e = g.session()->encounter();
    std::vector<Said> out;
    std::vector<std::size_t> turns;
    for (std::size_t i = 0; i < end && i < st.log.size(); ++i) {
        const fd::Event& ev = st.log[i];
        const fd::Beat* b = ev.stage == st.stage ? e.beat(ev.beat) : nullptr;
        if (!b) continue;
        turns.push_back(out.size());
        if (ev.kind == fd::EventKind::Narration) add_said(out, ui, Side::Narration, color::kMuted, b->text, w);
        if (ev.kind == fd::EventKind::Decision && ev.mode) {
            add_customer(out, ui, e.customer.name, b->text, w, mood_position(ev.before.customer.mood));
            // Once chosen, the mode is shown even with labels hidden: that is the lesson.
            if (const fd::Answer* a = b->answer(*ev.mode)) {
                add_player(out, ui, *ev.mode, a->says, w);
                if (!a->reaction.empty())
                    add_customer(out, ui, e.customer.name, a->reaction, w, mood_position(ev.after.customer.mood));
            }
        }
    }
    stack(out, turns, ui);
    return out;
}

// Draws the pieces with their top-left at `origin` (screen pixels), named for
// the layout probe "said_customer", "said_player" or "said_narration".
void draw_said(const Game& g, Ui& ui, const std::vector<Said>& said, ImVec2 origin) {
    SaidStyle st = said_style(ui);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const fd::Customer& c = g.session()->encounter().customer;
    float round = ui.u(10), edge = std::max(1.0f, ui.u(1.5f));
    for (const Said& x : said) {
        ImVec2 a(origin.x + x.x, origin.y + x.y), b(a.x + x.w, a.y + x.h);
        const char* kind = "said_narration";
        if (x.side == Side::Customer) {
            kind = "said_customer";
            b.y = a.y + static_cast<float>(x.count) * ui.fonts.small->FontSize + 2 * st.pad_y;
            dl->AddRectFilled(a, b, color::kSpeech, round, ImDrawFlags_RoundCornersAll & ~ImDrawFlags_RoundCornersTopLeft);
            draw_portrait(dl, ImVec2(origin.x, a.y), st.avatar, c, x.mood);
        } else if (x.side == Side::Player) {
            kind = "said_player";
            dl->AddRectFilled(a, b, color::kPanel, round, ImDrawFlags_RoundCornersAll & ~ImDrawFlags_RoundCornersTopRight);
            dl->AddRect(a, b, x.color, round, ImDrawFlags_RoundCornersAll & ~ImDrawFlags_RoundCornersTopRight, edge);
        }
        float pad = x.side == Side::Narration ? 0 : st.pad_x;
        ImGui::SetCursorScreenPos(ImVec2(a.x + pad, a.y + x.text_y));
        ImFont* f = x.side == Side::Narration ? ui.fonts.italic : ui.fonts.small;
        text_as(kind, f, x.color, x.lines, x.w - 2 * pad + ui.u(2));  // wrapped already
    }
}

}  // namespace


float conversation_height(const Game& g, Ui& ui, std::size_t end, float width) {
    std::vector<Said> said = conversation_lines(g, ui, end, width - ui.u(20));
    return said.empty() ? 0 : said.back().y + said.back().h;
}

void conversation(const Game& g, Ui& ui, std::size_t end, float width, float height) {
    float w = width - ui.u(20);  // room for the scrollbar
    std::vector<Said> said = conversation_lines(g, ui, end, w);
    if (said.empty()) return;  // nothing said yet: the caller shows no box at all
    float total = said.back().y + said.back().h;
    // Follow the conversation as it grows: show the newest line at the bottom and
    // start the view on the first line that allows it, never half a line.
    // A whole bubble at the top when one fits, else a line inside the newest ones.
    float top = 0;
    if (total > height) {
        top = total;
        for (const Said& x : said)
            if (total - x.y <= height) top = std::min(top, x.y);
        for (const Said& x : said)
            for (int k = 1; k < x.count && top >= total; ++k) {
                float line_top = x.y + x.text_y + static_cast<float>(k) * ui.fonts.small->FontSize;
                if (total - line_top <= height) top = line_top;
            }
    }
    ImGuiStorage* store = ImGui::GetStateStorage();
    ImGuiID key = ImGui::GetID("##conversation_follow");
    int follow = static_cast<int>(end) * 10007 + static_cast<int>(height) * 31 + static_cast<int>(width);
    // New lines or a new size: scroll to them (the player may scroll back meanwhile).
    // A new window clamps the scroll to last frame's content, so keep at it until it holds.
    bool following = store->GetInt(key, -1) != follow;
    if (following) ImGui::SetNextWindowScroll(ImVec2(-1.0f, top));
    ImGui::BeginChild("##conversation", ImVec2(width, height), false, ImGuiWindowFlags_NoNav);
    if (following && std::fabs(ImGui::GetScrollY() - top) < 0.5f) store->SetInt(key, follow);
    draw_said(g, ui, said, ImGui::GetCursorScreenPos());
    // Room below the last line, so the view can rest on a line boundary.
    ImGui::SetCursorPos(ImVec2(0, total));
    ImGui::Dummy(ImVec2(1, std::max(0.0f, top + height - total)));
    ImGui::EndChild();
}

namespace {

std::vector<Said> exchange_lines(const Game& g, Ui& ui, const Consequence& c, float width) {
    const std::string& name = g.session()->encounter().customer.name;
    std::vector<Said> out;
    add_customer(out, ui, name, c.customer_said, width, mood_position(c.before.customer.mood));
    add_player(out, ui, c.mode, c.says, width);
    if (!c.reaction.empty()) add_customer(out, ui, name, c.reaction, width, mood_position(c.after.customer.mood));
    stack(out, {}, ui);
    return out;
}

}  // namespace

float exchange_height(const Game& g, Ui& ui, const Consequence& c, float width) {
    std::vector<Said> said = exchange_lines(g, ui, c, width);
    return said.back().y + said.back().h;
}

void exchange(const Game& g, Ui& ui, const Consequence& c, float width) {
    std::vector<Said> said = exchange_lines(g, ui, c, width);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float x = ImGui::GetCursorPosX();
    draw_said(g, ui, said, origin);
    ImGui::SetCursorScreenPos(origin);
    ImGui::SetCursorPosX(x);
    ImGui::Dummy(ImVec2(width, said.back().y + said.back().h));
}

}  // namespace fdg
