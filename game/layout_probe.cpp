// The layout probe: records what the widgets drew, finds clipped, overlapping
// and out-of-window text per settled frame, keeps each screen's worst frame.
#include "layout_probe.hpp"

#include <algorithm>
#include <cfloat>

#include <imgui_internal.h>

namespace fdg {

namespace {

LayoutProbe* g_probe = nullptr;
constexpr float kSlack = 1.0f;     // pixels of rounding a rectangle may stray by
constexpr int kSettleFrames = 2;   // frames a new layout needs before it counts
constexpr std::size_t kTextShown = 48;

ImVec4 rect_of(ImVec2 a, ImVec2 b) { return ImVec4(a.x, a.y, b.x, b.y); }
bool empty(const ImVec4& r) { return r.z - r.x <= 0 || r.w - r.y <= 0; }
bool inside(const ImVec4& r, const ImVec4& outer) {
    return r.x >= outer.x - kSlack && r.y >= outer.y - kSlack && r.z <= outer.z + kSlack && r.w <= outer.w + kSlack;
}
ImVec4 intersect(const ImVec4& a, const ImVec4& b) {
    return ImVec4(std::max(a.x, b.x), std::max(a.y, b.y), std::min(a.z, b.z), std::min(a.w, b.w));
}
bool overlap(const ImVec4& a, const ImVec4& b) {
    ImVec4 i = intersect(a, b);
    return i.z - i.x > kSlack && i.w - i.y > kSlack;
}

nlohmann::json rect_json(const ImVec4& r) {
    auto px = [](float v) { return static_cast<int>(std::lround(v)); };
    return nlohmann::json::array({px(r.x), px(r.y), px(r.z), px(r.w)});
}

nlohmann::json item_json(const ProbeItem& it) {
    std::string shown = it.text.size() > kTextShown ? it.text.substr(0, kTextShown) + "..." : it.text;
    nlohmann::json j = {{"kind", it.kind}, {"text", shown}, {"rect", rect_json(it.rect)},
                        {"clip", rect_json(it.clip)}, {"window", rect_json(it.window)}, {"root", it.root}};
    if (!empty(it.frame)) j["frame"] = rect_json(it.frame);
    if (it.scrolls) j["scrolls"] = true;
    return j;
}

nlohmann::json frame_json(const ProbeFrame& f) {
    auto list = [&f](const std::vector<int>& at) {
        nlohmann::json out = nlohmann::json::array();
        for (int i : at) out.push_back(item_json(f.items[static_cast<std::size_t>(i)]));
        return out;
    };
    // Per kind: how many were drawn and how many are wholly in view (not cut, not scrolled away).
    nlohmann::json kinds = nlohmann::json::object();
    for (const ProbeItem& it : f.items) {
        nlohmann::json& k = kinds[it.kind];
        if (k.is_null()) k = {{"drawn", 0}, {"in_view", 0}};
        k["drawn"] = k["drawn"].get<int>() + 1;
        if (inside(empty(it.frame) ? it.rect : it.frame, it.clip)) k["in_view"] = k["in_view"].get<int>() + 1;
    }
    nlohmann::json overlaps = nlohmann::json::array();
    for (auto [a, b] : f.overlaps)
        overlaps.push_back({item_json(f.items[static_cast<std::size_t>(a)]), item_json(f.items[static_cast<std::size_t>(b)])});
    return {{"frame", f.frame},
            {"display", {static_cast<int>(f.display.x), static_cast<int>(f.display.y)}},
            {"text_scale", f.text_scale},
            {"body_px", f.body_px},
            {"items", f.items.size()},
            {"kinds", kinds},
            {"problems", f.problems()},
            {"clipped", list(f.clipped)},
            {"overlaps", overlaps},
            {"outside_frame", list(f.outside_frame)},
            {"past_window", list(f.past_window)},
            {"scrolled", f.scrolled.size()}};
}

// The current window's facts for an item drawn now.
ProbeItem here(const char* kind, const std::string& text, ImVec2 min, ImVec2 max, ImVec2 fmin, ImVec2 fmax) {
    ProbeItem it;
    it.kind = kind;
    it.text = text;
    it.rect = rect_of(min, max);
    it.frame = rect_of(fmin, fmax);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    it.clip = rect_of(dl->GetClipRectMin(), dl->GetClipRectMax());
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    it.window = rect_of(w->Pos, ImVec2(w->Pos.x + w->Size.x, w->Pos.y + w->Size.y));
    it.root = w->RootWindow ? w->RootWindow->Name : w->Name;
    it.modal = ((w->RootWindow ? w->RootWindow : w)->Flags & ImGuiWindowFlags_Modal) != 0;
    for (ImGuiWindow* p = w; p; p = p->ParentWindow)
        if (p->ScrollMax.y > 0 || p->ScrollMax.x > 0) {
            it.scrolls = true;
            if (p->ScrollMax.x > 0) it.scrolls_x = true;
        }
    return it;
}

// A window shown for the first time is laid out while hidden: nothing in it is seen yet.
bool window_hidden() {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    return w->Hidden || w->SkipItems || w->HiddenFramesCannotSkipItems > 0 || w->HiddenFramesCanSkipItems > 0;
}

}  // namespace

void set_layout_probe(LayoutProbe* probe) { g_probe = probe; }
bool layout_probe_on() { return g_probe != nullptr; }

void probe_rect(const char* kind, const std::string& text, ImVec2 min, ImVec2 max, ImVec2 frame_min, ImVec2 frame_max) {
    if (!g_probe || window_hidden() || text.empty()) return;
    g_probe->add(here(kind, text, min, max, frame_min, frame_max));
}

void probe_text(const char* kind, ImFont* font, ImVec2 pos, const std::string& text, float wrap, ImVec2 frame_min,
                ImVec2 frame_max) {
    if (!g_probe || !font) return;
    ImVec2 s = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text.c_str());
    probe_rect(kind, text, pos, ImVec2(pos.x + s.x, pos.y + s.y), frame_min, frame_max);
}

void probe_overlay(const char* kind, const std::string& text, ImVec2 min, ImVec2 max, bool alone) {
    if (!g_probe || text.empty()) return;
    ProbeItem it;
    it.kind = kind;
    it.text = text;
    it.rect = rect_of(min, max);
    ImVec2 d = ImGui::GetIO().DisplaySize;
    it.clip = it.window = ImVec4(0, 0, d.x, d.y);
    it.root = alone ? "##overlay" : "##overlay_corner";
    it.modal = alone;
    g_probe->add(std::move(it));
}

void probe_focus(const std::string& words) {
    if (g_probe) g_probe->set_focus(words);
}

void probe_last_item(const char* kind, const std::string& text) {
    if (!g_probe) return;
    probe_rect(kind, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void find_layout_problems(ProbeFrame& f) {
    ImVec4 screen(0, 0, f.display.x, f.display.y);
    std::vector<ImVec4> seen(f.items.size());
    for (std::size_t i = 0; i < f.items.size(); ++i) {
        const ProbeItem& it = f.items[i];
        int at = static_cast<int>(i);
        const ImVec4& box = empty(it.frame) ? it.rect : it.frame;
        seen[i] = intersect(it.rect, it.clip);
        if (!empty(it.frame) && !inside(it.rect, it.frame)) f.outside_frame.push_back(at);
        // Cut at the side of a window that only scrolls up and down: no scrolling reaches it.
        bool sideways = !it.scrolls_x && (box.x < it.clip.x - kSlack || box.z > it.clip.z + kSlack);
        bool past_side = !it.scrolls_x && (it.rect.x < screen.x - kSlack || it.rect.z > screen.z + kSlack);
        if (!inside(box, it.clip)) (it.scrolls && !sideways ? f.scrolled : f.clipped).push_back(at);
        if (!inside(it.rect, screen) && (!it.scrolls || past_side)) f.past_window.push_back(at);
    }
    for (std::size_t i = 0; i < f.items.size(); ++i)
        for (std::size_t j = i + 1; j < f.items.size(); ++j)
            if (f.items[i].root == f.items[j].root && !empty(seen[i]) && !empty(seen[j]) && overlap(seen[i], seen[j]))
                f.overlaps.emplace_back(static_cast<int>(i), static_cast<int>(j));
}

void LayoutProbe::begin_frame() { current_ = ProbeFrame{}; }

void LayoutProbe::end_frame(long frame, const std::string& screen, const std::string& settle_key, ImVec2 display,
                            float text_scale, float body_px) {
    stable_ = settle_key == last_key_ ? stable_ + 1 : 0;
    last_key_ = settle_key;
    if (measure_ && stable_ >= kSettleFrames) measure(frame, screen, display, text_scale, body_px);
    last_items_ = std::move(current_.items);
    last_focus_ = std::move(focus_);
    focus_.clear();
    current_ = ProbeFrame{};
}

void LayoutProbe::measure(long frame, const std::string& screen, ImVec2 display, float text_scale, float body_px) {
    current_.frame = frame;
    current_.screen = screen;
    current_.display = display;
    current_.text_scale = text_scale;
    current_.body_px = body_px;
    find_layout_problems(current_);
    ++checked_;
    for (const ProbeItem& it : current_.items) seen_[screen].insert(it.text);
    auto found = worst_.find(screen);
    // The first settled frame of a screen stands for it until a worse one comes.
    if (found == worst_.end() || current_.problems() > found->second.problems()) worst_[screen] = current_;
    last_ = current_;
}

nlohmann::json LayoutProbe::report() const {
    nlohmann::json screens = nlohmann::json::object();
    for (const auto& [name, f] : worst_) {
        screens[name] = frame_json(f);
        auto seen = seen_.find(name);  // every page of the screen, for a test that looks for a word
        if (seen != seen_.end()) screens[name]["texts"] = seen->second;
    }
    nlohmann::json last = nlohmann::json::object();
    if (checked_ > 0) {  // the screen the run ended on, as it was last seen (a screen reopened scrolled shows here)
        last = frame_json(last_);
        last["screen"] = last_.screen;
    }
    return {{"frames_checked", checked_}, {"screens", screens}, {"last", last}};
}

}  // namespace fdg
