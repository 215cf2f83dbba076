// The widgets every screen is built from: text, buttons, answers, meters, panels, cards, key hints.
#include "widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <vector>

#include <imgui_internal.h>

#include "layout_probe.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

bool nav_visible() {
    ImGuiContext& g = *GImGui;
    return !g.NavDisableHighlight;
}

void begin_screen(const char* id, ImU32 background, ImGuiWindowFlags extra) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    if (background) ImGui::PushStyleColor(ImGuiCol_WindowBg, background);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | extra);
    if (background) ImGui::PopStyleColor();
}

void end_screen() { ImGui::End(); }


namespace {

// The wrap width text() uses: `wrap_width`, or the rest of the content region.
float wrap_for(float wrap_width) { return wrap_width < 0 ? ImGui::GetContentRegionAvail().x : wrap_width; }

}  // namespace

void text(ImFont* font, ImU32 color, const std::string& s, float wrap_width) { text_as("text", font, color, s, wrap_width); }

void text_as(const char* kind, ImFont* font, ImU32 color, const std::string& s, float wrap_width) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    float wrap = wrap_for(wrap_width);
    // ImGui still wraps, as a safety net for a word longer than the line.
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap + 1);
    std::string lines = wrap_words(font, s, wrap);
    ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
    probe_last_item(kind, s);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void text_centered(ImFont* font, ImU32 color, const std::string& s, float width, const char* kind) {
    std::string lines = wrap_words(font, s, width);
    float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, lines.c_str()).x;
    float x = ImGui::GetCursorPosX();
    if (w < width) ImGui::SetCursorPosX(x + (width - w) * 0.5f);
    text_as(kind, font, color, s, width);
    ImGui::SetCursorPosX(x);
}

float text_height(ImFont* font, const std::string& s, float wrap_width) {
    std::string lines = wrap_words(font, s, wrap_width);
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap_width + 1, lines.c_str()).y;
}

namespace {

bool enter_pressed(const Ui& ui) { return ui.input.key(SDLK_RETURN) || ui.input.key(SDLK_KP_ENTER); }

void focus_ring(ImVec2 a, ImVec2 b, float rounding, float thickness) {
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - thickness, a.y - thickness), ImVec2(b.x + thickness, b.y + thickness),
                                        color::kFocus, rounding, 0, thickness);
}

}  // namespace

bool button(Ui& ui, const char* label, const char* hint, float width, bool primary) {
    ImFont* font = ui.fonts.bold;
    ImFont* hint_font = ui.fonts.small;
    // Projector text is large enough to click; thinner buttons let a whole menu fit.
    float pad_x = ui.u(18), pad_y = ui.u(ui.facilitator ? 6 : 10);
    const std::string says(label, ImGui::FindRenderedTextEnd(label));
    std::string shown = says;
    ImVec2 label_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, shown.c_str());
    float hint_w = hint ? hint_font->CalcTextSizeA(hint_font->FontSize, FLT_MAX, 0, hint).x + ui.u(16) : 0;
    // A button of a set width whose label is longer (large text, a longer language) grows a line.
    float room = width - 2 * pad_x - hint_w;
    if (width > 0 && room > 0 && label_size.x > room) {
        shown = wrap_words(font, says, room);
        label_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, shown.c_str());
    }
    ImVec2 size(width > 0 ? width : label_size.x + hint_w + 2 * pad_x, label_size.y + 2 * pad_y);
    ImVec2 a = ImGui::GetCursorScreenPos();
    ImVec2 b(a.x + size.x, a.y + size.y);
    bool clicked = ImGui::InvisibleButton(label, size);
    // The main button holds the keyboard focus when a screen opens, so Enter
    // presses it and the first Tab or arrow moves on from it.
    if (primary) ImGui::SetItemDefaultFocus();
    bool focused = ImGui::IsItemFocused() && nav_visible();
    if (focused) probe_focus(says);
    bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = primary ? color::kAccent : color::kButton;
    if (held) bg = primary ? IM_COL32(255, 214, 140, 255) : color::kButtonActive;
    else if (hovered) bg = primary ? IM_COL32(255, 208, 120, 255) : color::kButtonHover;
    float r = ui.u(8);
    dl->AddRectFilled(a, b, bg, r);
    if (!primary) dl->AddRect(a, b, color::kPanelEdge, r, 0, std::max(1.0f, ui.u(1)));
    if (focused) focus_ring(a, b, r, std::max(2.0f, ui.u(3)));
    ImU32 fg = primary ? IM_COL32(20, 20, 24, 255) : color::kText;
    ImVec2 at(a.x + pad_x, a.y + pad_y);
    dl->AddText(font, font->FontSize, at, fg, shown.c_str());
    probe_rect("button", says, at, ImVec2(at.x + label_size.x, at.y + label_size.y), a, b);
    if (hint) {
        float hx = b.x - pad_x - (hint_w - ui.u(16));
        float hy = a.y + (size.y - hint_font->FontSize) * 0.5f;
        dl->AddText(hint_font, hint_font->FontSize, ImVec2(hx, hy), primary ? IM_COL32(60, 50, 30, 255) : color::kMuted, hint);
        probe_text("button_hint", hint_font, ImVec2(hx, hy), hint, 0, a, b);
    }
    return clicked || (focused && enter_pressed(ui));
}

AnswerLayout answer_layout(Ui& ui, bool with_mode, const std::string& says, float width) {
    AnswerLayout l;
    l.pad = ui.u(9);
    l.badge = ui.u(28);
    // The mode tag sits under the number, in a column of its own, so the answer keeps the full width.
    float tag_w = 0;  // the widest mode's name, in the player's language
    for (fd::Mode m : fd::kAllModes)
        if (with_mode) tag_w = std::max(tag_w, ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, mode_label(m)).x);
    l.column = std::max(l.badge, tag_w);
    l.left = l.pad + l.column + ui.u(12);
    l.wrap = std::max(ui.u(100), width - l.left - l.pad);
    float text_h = text_height(ui.fonts.body, says, l.wrap);
    float left_h = l.badge + (with_mode ? ui.u(3) + ui.fonts.small->FontSize : 0);
    l.size = ImVec2(width, std::max(text_h, left_h) + 2 * l.pad);
    return l;
}

bool answer_button(Ui& ui, int number, const char* mode, ImU32 mode_col, const std::string& says, float width,
                   bool selected) {
    AnswerLayout l = answer_layout(ui, mode != nullptr, says, width);
    ImGui::PushID(number);
    ImVec2 a = ImGui::GetCursorScreenPos();
    ImVec2 b(a.x + l.size.x, a.y + l.size.y);
    bool clicked = ImGui::InvisibleButton("##answer", l.size);
    bool focused = ImGui::IsItemFocused() && nav_visible();
    if (focused) probe_focus(std::to_string(number) + ", " + (mode ? std::string(mode) + ", " : "") + says);
    bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    ImGui::PopID();

    ImDrawList* dl = ImGui::GetWindowDrawList();
    float r = ui.u(8);
    ImU32 bg = held ? color::kButtonActive : (hovered || selected) ? color::kButtonHover : color::kButton;
    dl->AddRectFilled(a, b, bg, r);
    dl->AddRect(a, b, selected ? color::kAccent : color::kPanelEdge, r, 0, selected ? ui.u(3) : std::max(1.0f, ui.u(1)));
    if (focused) focus_ring(a, b, r, std::max(2.0f, ui.u(3)));

    // Number badge: the key that picks this answer.
    ImVec2 bc(a.x + l.pad + l.column * 0.5f, a.y + l.pad + l.badge * 0.5f);
    dl->AddCircleFilled(bc, l.badge * 0.5f, mode ? mode_col : color::kAccent, 32);
    char num[4];
    snprintf(num, sizeof num, "%d", number);
    ImFont* bf = ui.fonts.bold;
    ImVec2 ns = bf->CalcTextSizeA(bf->FontSize, FLT_MAX, 0, num);
    dl->AddText(bf, bf->FontSize, ImVec2(bc.x - ns.x * 0.5f, bc.y - ns.y * 0.5f), IM_COL32(15, 18, 24, 255), num);
    probe_text("answer_number", bf, ImVec2(bc.x - ns.x * 0.5f, bc.y - ns.y * 0.5f), num, 0, a, b);
    if (mode) {
        ImFont* sf = ui.fonts.small;
        ImVec2 ms = sf->CalcTextSizeA(sf->FontSize, FLT_MAX, 0, mode);
        dl->AddText(sf, sf->FontSize, ImVec2(bc.x - ms.x * 0.5f, a.y + l.pad + l.badge + ui.u(3)), mode_col, mode);
        probe_text("answer_mode", sf, ImVec2(bc.x - ms.x * 0.5f, a.y + l.pad + l.badge + ui.u(3)), mode, 0, a, b);
    }
    std::string lines = wrap_words(ui.fonts.body, says, l.wrap);
    dl->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(a.x + l.left, a.y + l.pad), color::kText, lines.c_str(),
                nullptr, l.wrap + 1);
    probe_text("answer", ui.fonts.body, ImVec2(a.x + l.left, a.y + l.pad), lines, l.wrap + 1, a, b);
    return clicked || (focused && enter_pressed(ui));
}

void meter(Ui& ui, const char* label, float value, float width, bool good_high, const char* note) {
    ImFont* lf = ui.fonts.bold;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 a = ImGui::GetCursorScreenPos();
    float label_w = lf->CalcTextSizeA(lf->FontSize, FLT_MAX, 0, (std::string(fd::tr("Trust")) + "  ").c_str()).x;
    label_w = std::max(label_w, lf->CalcTextSizeA(lf->FontSize, FLT_MAX, 0, label).x + ui.u(10));
    float num_w = lf->CalcTextSizeA(lf->FontSize, FLT_MAX, 0, " 100").x;
    float bar_h = std::max(8.0f, lf->FontSize * 0.7f);
    float h = lf->FontSize;
    float bar_x0 = a.x + label_w, bar_x1 = a.x + width - num_w - ui.u(6);
    float bar_y = a.y + (h - bar_h) * 0.5f;
    float v = std::clamp(value, 0.0f, 100.0f);
    float t = good_high ? v / 100.0f : 1.0f - v / 100.0f;
    // Red when bad, amber in between, green when good.
    ImU32 fill = t < 0.35f ? color::kBad : t < 0.6f ? color::kAccent : color::kGood;
    dl->AddText(lf, lf->FontSize, a, color::kText, label);
    probe_text("meter", lf, a, label);
    dl->AddRectFilled(ImVec2(bar_x0, bar_y), ImVec2(bar_x1, bar_y + bar_h), IM_COL32(60, 66, 82, 255), bar_h * 0.5f);
    float fx = bar_x0 + (bar_x1 - bar_x0) * v / 100.0f;
    if (fx > bar_x0 + 1) dl->AddRectFilled(ImVec2(bar_x0, bar_y), ImVec2(fx, bar_y + bar_h), fill, bar_h * 0.5f);
    char num[8];
    snprintf(num, sizeof num, "%d", static_cast<int>(std::lround(v)));
    float nw = lf->CalcTextSizeA(lf->FontSize, FLT_MAX, 0, num).x;
    dl->AddText(lf, lf->FontSize, ImVec2(a.x + width - nw, a.y), color::kText, num);
    probe_text("meter", lf, ImVec2(a.x + width - nw, a.y), num);
    ImGui::Dummy(ImVec2(width, h));
    if (note) text(ui.fonts.small, color::kMuted, note, width);
}

void begin_panel(const char* id, ImVec2 size, ImU32 color, float padding, bool scroll) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
    ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoNav;
    ImGui::BeginChild(id, size, false, flags | (scroll ? 0 : ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse));
}

void end_panel() {
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

Card begin_card(float width, float pad) {
    Card c{ImGui::GetCursorScreenPos(), width, pad};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(c.start.x + pad, c.start.y + pad));
    ImGui::BeginGroup();
    return c;
}

void end_card(const Card& c, ImU32 color, ImU32 edge) {
    ImGui::EndGroup();
    float bottom = ImGui::GetItemRectMax().y + c.pad;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    ImVec2 b(c.start.x + c.width, bottom);
    float r = c.pad * 0.6f;
    dl->AddRectFilled(c.start, b, color, r);
    if (edge) dl->AddRect(c.start, b, edge, r, 0, 2.0f);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(c.start);
    ImGui::Dummy(ImVec2(c.width, bottom - c.start.y));
}

namespace {

// A key cap at `a` (screen position); returns its width. The key's text sits
// `py` below the cap's top, so a label drawn at a.y + py shares its baseline.
float draw_key_cap(Ui& ui, ImVec2 a, const char* key, float py) {
    ImFont* f = ui.fonts.small;
    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, key);
    float px = ui.u(6);
    ImVec2 b(a.x + ts.x + 2 * px, a.y + f->FontSize + 2 * py);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, IM_COL32(58, 66, 86, 255), ui.u(4));
    dl->AddRect(a, b, IM_COL32(110, 120, 140, 255), ui.u(4));
    dl->AddText(f, f->FontSize, ImVec2(a.x + px, a.y + py), color::kText, key);
    probe_text("footer", f, ImVec2(a.x + px, a.y + py), key, 0, a, b);
    return b.x - a.x;
}

}  // namespace

void footer_hints(Ui& ui, const std::string& hints) {
    // "Key|what;Key|what": key caps with their meaning along the bottom edge, every
    // cap and label on one baseline; hints that do not fit the width are left out.
    ui.footer = hints;  // for --state-json
    ImFont* f = ui.fonts.small;
    float py = ui.u(2);
    float h = f->FontSize + 2 * py + ImGui::GetStyle().WindowPadding.y;
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - h);
    ImVec2 at = ImGui::GetCursorScreenPos();
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - ImGui::GetStyle().WindowPadding.x;
    float x = at.x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    std::size_t start = 0;
    while (start < hints.size()) {
        std::size_t end = hints.find(';', start);
        if (end == std::string::npos) end = hints.size();
        std::string item = hints.substr(start, end - start);
        start = end + 1;
        auto bar = item.find('|');
        if (bar == std::string::npos) continue;
        std::string key = item.substr(0, bar), what = item.substr(bar + 1);
        float cap_w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, key.c_str()).x + 2 * ui.u(6);
        float what_w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, what.c_str()).x;
        if (x + cap_w + ui.u(6) + what_w > right) break;
        x += draw_key_cap(ui, ImVec2(x, at.y), key.c_str(), py) + ui.u(6);
        dl->AddText(f, f->FontSize, ImVec2(x, at.y + py), color::kMuted, what.c_str());
        probe_text("footer", f, ImVec2(x, at.y + py), what);
        x += what_w + ui.u(18);
    }
    ImGui::Dummy(ImVec2(std::max(1.0f, x - at.x), f->FontSize + 2 * py));
}

}  // namespace fdg
