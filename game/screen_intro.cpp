// The introduction before the first encounter: the premise, the two axes and
// the five modes with when each fits, on one short page. Pick a mode (1-5 or
// a click on the plane) to see where it sits; Space begins. Shown once, then
// remembered in the settings (Game::finish_intro). intro_page() draws the
// content alone, so a facilitator's screen can show the same page. A workshop
// opens on it too (every session): for the room, the axes and the modes with
// one line each on when it fits, sized to fit the projector (kFitSteps).
#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>

#include <imgui.h>

#include "fit_text.hpp"
#include "layout_probe.hpp"
#include "projector_fit.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

// Every word of the page, in one place.
constexpr const char* kTitle = fd::N_("Before your first day");
constexpr const char* kPremise = fd::N_(
    "You are a new temp with Front Door Services, an agency that staffs the front desks of one town. "
    "Grace Mensah, your placement manager, sends you to a different desk each day: a shop, a bank, a clinic, "
    "an airline desk, a caf\u00e9, two hotels, a phone line. At each one a customer is unhappy, and how you "
    "answer decides what happens next.");
constexpr const char* kAxes = fd::N_(
    "Every answer sits on two axes. Assertiveness: how far it pursues your side's concern (the rule, the "
    "money, the queue behind). Cooperativeness: how far it serves the customer's concern.");
constexpr const char* kClosing = fd::N_(
    "No mode is always right: the skill is reading the moment. After each encounter the debrief shows every "
    "answer and how well it fitted, and you can try the others.");
constexpr const char* kPick = fd::N_("Press 1\u20135 or click a mode to see where it sits.");
constexpr const char* kRoomTitle = fd::N_("Five ways to answer an unhappy customer");

const char* fits_when(fd::Mode m) {
    switch (m) {
        case fd::Mode::Avoid: return fd::tr("Fits when it is not worth it, when tempers need to cool first, or when someone else can resolve it better.");
        case fd::Mode::Accommodate: return fd::tr("Fits when the customer is right, or the issue matters far more to them than to you.");
        case fd::Mode::Compromise: return fd::tr("Fits when each side can give something: under time pressure, or between equals.");
        case fd::Mode::Collaborate: return fd::tr("Fits when both concerns matter too much to trade, and there is time to find an answer that meets both.");
        case fd::Mode::Compete: return fd::tr("Fits when a line must hold (safety, the law, fairness to other customers) or a firm decision is needed now.");
    }
    return "";
}

// The plane with the five modes; returns the mode clicked, or -1. `scale`: of its
// text and marks (a projector page fits them to the plane).
int mode_plane(Ui& ui, float side, int picked, float scale = 1.0f) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* small = ui.fonts.small;
    ImVec2 tl = ImGui::GetCursorScreenPos();
    float small_px = small->FontSize * scale, bold_px = ui.fonts.bold->FontSize * scale;
    float margin = small_px * 1.6f;
    ImVec2 a(tl.x + margin, tl.y), b(tl.x + side, tl.y + side - margin);
    dl->AddRectFilled(a, b, IM_COL32(30, 36, 50, 255), ui.u(6));
    dl->AddRect(a, b, color::kPanelEdge, ui.u(6), 0, std::max(1.0f, ui.u(1.5f)));
    dl->AddText(small, small_px, ImVec2(a.x + ui.u(6), b.y + ui.u(4)), color::kMuted, fd::tr("Assertiveness \u2192"));
    dl->AddText(small, small_px, ImVec2(a.x + ui.u(6), a.y + ui.u(4)), color::kMuted, fd::tr("Cooperativeness \u2191"));
    int clicked = -1;
    float w = b.x - a.x, h = b.y - a.y;
    for (fd::Mode m : fd::kAllModes) {
        fd::PlanePoint q = fd::mode_position(m);
        float px = static_cast<float>(0.1 + 0.8 * q.assertiveness), py = static_cast<float>(0.1 + 0.8 * q.cooperativeness);
        ImVec2 c(a.x + px * w, b.y - py * h);
        int i = fd::mode_index(m);
        float r = ui.u(i == picked ? 16 : 11) * scale;
        ImU32 col = mode_color(m);
        dl->AddCircleFilled(c, r, picked < 0 || i == picked ? col : IM_COL32(70, 78, 98, 255), 32);
        if (i == picked) dl->AddCircle(c, r + ui.u(4), color::kText, 32, ui.u(2));
        std::string label = fd::format_text(fd::tr("{n}  {mode}"), {{"n", std::to_string(i + 1)}, {"mode", mode_label(m)}});
        ImVec2 ts = ui.fonts.bold->CalcTextSizeA(bold_px, FLT_MAX, 0, label.c_str());
        float lx = std::clamp(c.x - ts.x * 0.5f, a.x + ui.u(4), b.x - ts.x - ui.u(4));
        float ly = q.cooperativeness > 0.7 || m == fd::Mode::Compromise ? c.y + r + ui.u(4) : c.y - r - ts.y - ui.u(4);
        dl->AddText(ui.fonts.bold, bold_px, ImVec2(lx, ly), i == picked || picked < 0 ? col : color::kMuted,
                    label.c_str());
        ImGui::SetCursorScreenPos(ImVec2(c.x - r * 1.5f, c.y - r * 1.5f));
        ImGui::PushID(i);
        if (ImGui::InvisibleButton("##mode", ImVec2(r * 3, r * 3))) clicked = i;
        ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(tl);
    ImGui::Dummy(ImVec2(side, side));
    return clicked;
}

// The room's page: the axes, then each mode and when it fits, at the largest step that fits `h`.
struct RoomIntro {
    float scale = 1;
    int columns = 1;               // of the modes (the axes take the whole width)
    float column_w = 0, gap = 0;
    std::vector<FitText> lines;  // the axes, then per mode: its name, when it fits
    bool fits = false;
};

std::string mode_head(fd::Mode m) {
    return fd::format_text(fd::tr("{n}  {mode} ({summary})"),
                           {{"n", std::to_string(fd::mode_index(m) + 1)}, {"mode", mode_label(m)}, {"summary", mode_summary(m)}});
}

std::size_t modes_per_column(int columns) { return columns > 1 ? 3 : 5; }

RoomIntro room_intro_layout(Ui& ui, float w, float h) {
    RoomIntro r;
    for (float scale : projector_steps(ui)) {
        for (int columns : {1, 2}) {
            r = RoomIntro{scale, columns, 0, columns > 1 ? ui.u(24) * scale : 0, {}, false};
            r.column_w = (w - r.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
            r.lines.push_back(fit_text(ui.fonts.body, scale, fd::tr(kAxes), w));
            std::array<float, 2> used{};
            for (fd::Mode m : fd::kAllModes) {
                r.lines.push_back(fit_text(ui.fonts.bold, scale, mode_head(m), r.column_w));
                r.lines.push_back(fit_text(ui.fonts.body, scale, fits_when(m), r.column_w));
                std::size_t col = static_cast<std::size_t>(fd::mode_index(m)) / modes_per_column(columns);
                used[col] += r.lines[r.lines.size() - 2].size.y + r.lines.back().size.y + ui.u(6) * scale;
            }
            r.fits = r.lines[0].size.y + ui.u(10) * scale + std::max(used[0], used[1]) - ui.u(6) * scale <= h;  // no gap after the last
            if (r.fits) return r;
        }
    }
    return r;
}

// The largest step at which `title` stays on one line in `w`.
float title_step(Ui& ui, const char* title, float w) {
    std::vector<float> steps = projector_steps(ui);
    ImFont* f = ui.fonts.heading;
    for (float step : steps)
        if (f->CalcTextSizeA(f->FontSize * step, FLT_MAX, 0, title).x <= w) return step;
    return steps.back();
}

// The workshop's introduction on the projector: the plane, and beside it the axes and the modes.
void room_intro_page(const Game& g, Ui& ui, float width, float height) {
    int picked = g.play().intro_mode;
    float x = ImGui::GetCursorPosX(), top = ImGui::GetCursorPosY();
    float side = 0, tx = 0, tw = 0;
    RoomIntro l;
    for (float share : {0.34f, 0.27f, 0.2f}) {  // a smaller plane leaves the words more room
        side = std::min(height, width * share);
        tx = x + side + ui.u(24);
        tw = width - side - ui.u(24);
        l = room_intro_layout(ui, tw, height);
        if (l.fits) break;
    }
    record_fit("intro", l.fits, ui.fonts.body->FontSize * l.scale, l.columns);
    // The plane's labels at the text's step, and never wider than half the plane (two share a row).
    ImFont* bf = ui.fonts.bold;
    float widest = 1;  // the longest mode's label, in the player's language
    for (fd::Mode m : fd::kAllModes) {
        std::string label = fd::format_text(fd::tr("{n}  {mode}"), {{"n", std::to_string(fd::mode_index(m) + 1)}, {"mode", mode_label(m)}});
        widest = std::max(widest, bf->CalcTextSizeA(bf->FontSize, FLT_MAX, 0, label.c_str()).x);
    }
    int clicked = mode_plane(ui, side, picked, std::min(l.scale, side * 0.44f / widest));
    if (clicked >= 0) ui.ask(Intent::intro_mode(clicked == picked ? -1 : clicked));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 at(ImGui::GetWindowPos().x + tx - ImGui::GetScrollX(), ImGui::GetWindowPos().y + top - ImGui::GetScrollY());
    auto draw = [&](ImFont* f, ImU32 col, const FitText& t, float after) {
        draw_fit_text(dl, f, l.scale, at, col, t);
        probe_rect("text", t.lines, at, ImVec2(at.x + t.size.x, at.y + t.size.y));  // measured like any text
        at.y += t.size.y + after;
    };
    draw(ui.fonts.body, color::kText, l.lines[0], ui.u(10) * l.scale);
    float modes_top = at.y;
    for (fd::Mode m : fd::kAllModes) {
        std::size_t i = 1 + 2 * static_cast<std::size_t>(fd::mode_index(m));
        std::size_t col = static_cast<std::size_t>(fd::mode_index(m)) / modes_per_column(l.columns);
        if (col > 0 && i == 1 + 2 * modes_per_column(l.columns)) at.y = modes_top;  // the second column's first mode
        at.x = ImGui::GetWindowPos().x + tx - ImGui::GetScrollX() + static_cast<float>(col) * (l.column_w + l.gap);
        bool on = picked < 0 || picked == fd::mode_index(m);
        draw(ui.fonts.bold, on ? mode_color(m) : color::kMuted, l.lines[i], 0);
        draw(ui.fonts.body, on ? color::kText : color::kMuted, l.lines[i + 1], ui.u(6) * l.scale);
    }
    ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace

void intro_page(const Game& g, Ui& ui, float width, float height) {
    int picked = g.play().intro_mode;
    float side = std::min(height, width * 0.38f);
    float x = ImGui::GetCursorPosX(), top = ImGui::GetCursorPosY();
    int clicked = mode_plane(ui, side, picked);
    if (clicked >= 0) ui.ask(Intent::intro_mode(clicked == picked ? -1 : clicked));
    float tx = x + side + ui.u(24), tw = width - side - ui.u(24);
    ImGui::SetCursorPos(ImVec2(tx, top));
    ImGui::BeginGroup();
    text(ui.fonts.body, color::kText, fd::tr(kPremise), tw);
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    text(ui.fonts.body, color::kText, fd::tr(kAxes), tw);
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    for (fd::Mode m : fd::kAllModes) {
        bool on = picked < 0 || picked == fd::mode_index(m);
        text(ui.fonts.bold, on ? mode_color(m) : color::kMuted, mode_head(m), tw);
        if (on) text(ui.fonts.small, picked < 0 ? color::kMuted : color::kText, fits_when(m), tw);
    }
    ImGui::Dummy(ImVec2(0, ui.u(6)));
    text(ui.fonts.small, color::kMuted, fd::tr(picked < 0 ? kPick : kClosing), tw);
    ImGui::EndGroup();
    Input& in = ui.input;
    if (g.overlay_open()) return;
    for (fd::Mode m : fd::kAllModes) {
        int i = fd::mode_index(m);
        if (in.key(SDLK_1 + i) && in.act()) ui.ask(Intent::intro_mode(i == picked ? -1 : i));
    }
}

void screen_intro(const Game& g, Ui& ui) {
    bool room = g.facilitator();  // on the projector: black, the room's page, no key help
    begin_screen("##intro", room ? IM_COL32(0, 0, 0, 255) : 0, room ? ImGuiWindowFlags_NoNav : 0);
    float pad = ui.u(room ? 22 : 32);
    float w = std::min(ui.size.x - 2 * pad, ui.u(1400));
    float x = (ui.size.x - w) * 0.5f;
    ImGui::SetCursorPos(ImVec2(x, room ? pad * 0.5f : ui.u(20)));
    if (room) fit_line(ui.fonts.heading, title_step(ui, fd::tr(kRoomTitle), w), color::kAccent, fd::tr(kRoomTitle), w);
    else text(ui.fonts.title, color::kAccent, fd::tr(kTitle), w);
    if (!room) ImGui::Dummy(ImVec2(0, ui.u(6)));
    float button_h = ui.fonts.bold->FontSize + ui.u(room ? 12 : 40);
    float body_h = ui.size.y - ImGui::GetCursorPosY() - button_h - ui.u(24);
    ImGui::SetCursorPosX(x);
    ImGui::BeginChild("##intro_body", ImVec2(w, body_h), false, ImGuiWindowFlags_NoNav);
    if (room) room_intro_page(g, ui, w - ui.u(12), body_h - ui.u(2));
    else intro_page(g, ui, w - ui.u(12), body_h - ui.u(8));
    ImGui::EndChild();
    ImGui::SetCursorPos(ImVec2(x, ui.size.y - button_h - ui.u(12)));
    bool begin = room ? button(ui, fd::tr("\u25b6 next"), nullptr, 0, true)
                      : button(ui, g.play().after_intro == View::Play ? fd::tr("Begin the first encounter") : fd::tr("Back"), "Space", 0, true);
    Input& in = ui.input;
    // A clicker's next (PageDown) begins too.
    bool keys = in.any({SDLK_SPACE, SDLK_RETURN, SDLK_KP_ENTER, SDLK_RIGHT, SDLK_ESCAPE, SDLK_PAGEDOWN}) && !g.overlay_open();
    if ((begin || keys) && in.act()) ui.ask(Intent::of(Intent::FinishIntro));
    if (room) {
        for (fd::Mode m : fd::kAllModes) {  // 1-5 point at a mode (intro_page does it for one player)
            int i = fd::mode_index(m);
            if (in.key(SDLK_1 + i) && !g.overlay_open() && in.act()) ui.ask(Intent::intro_mode(i == g.play().intro_mode ? -1 : i));
        }
    } else {
        footer_hints(ui, fd::tr("1\u20135|a mode;Space/Enter|begin;Esc|skip (shown once)"));
    }
    end_screen();
}

}  // namespace fdg
