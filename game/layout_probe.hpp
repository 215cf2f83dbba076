// The layout probe: every text-drawing widget records the rectangle it drew,
// the clip rectangle and the window it drew in; at the end of each settled
// frame the probe finds what a player would see as broken (text cut by its
// clip rect, text over other text, a label outside its frame, content past the
// window) and keeps the worst frame of each screen for --state-json.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include <imgui.h>
#include <nlohmann/json.hpp>

namespace fdg {

// One drawn piece of text (and the frame it belongs in, if any), in screen pixels.
struct ProbeItem {
    std::string kind;   // "text", "button", "answer", "chart_label", "footer", ...
    std::string text;   // what it says (reports cut it short)
    ImVec4 rect;        // x0, y0, x1, y1 of the text
    ImVec4 frame;       // the button or card the text must stay inside; zero: none
    ImVec4 clip;        // the clip rectangle it was drawn with
    ImVec4 window;      // the (child) window it was drawn in
    std::string root;   // the top-level window: only text in the same one can overlap
    bool scrolls = false;  // its window scrolls: a cut at the edge is reachable by scrolling
    bool scrolls_x = false;  // ... sideways too: else a cut at the left or right edge is lost
    bool modal = false;    // drawn in a modal window (the Esc menu, an error) over the screen
};

// What one settled frame showed, with the problems found in it.
struct ProbeFrame {
    long frame = 0;
    std::string screen;
    ImVec2 display;
    float text_scale = 1, body_px = 0;
    std::vector<ProbeItem> items;
    std::vector<int> clipped, past_window, outside_frame, scrolled;  // indices into items
    std::vector<std::pair<int, int>> overlaps;
    int problems() const {
        return static_cast<int>(clipped.size() + past_window.size() + outside_frame.size() + overlaps.size());
    }
};

class LayoutProbe {
public:
    void begin_frame();
    // `settle_key` names what, when it changes (screen, size, fonts, overlays),
    // makes the next frames unsettled: ImGui needs two to lay a new window out.
    void end_frame(long frame, const std::string& screen, const std::string& settle_key, ImVec2 display,
                   float text_scale, float body_px);
    void add(ProbeItem item) { current_.items.push_back(std::move(item)); }
    void set_measuring(bool on) { measure_ = on; }  // off: only record (self-voicing reads the last frame)
    const std::vector<ProbeItem>& last_items() const { return last_items_; }
    void set_focus(std::string words) { focus_ = std::move(words); }
    const std::string& last_focus() const { return last_focus_; }
    // {"frames_checked", "screens": {name: worst frame, with "texts": all it showed}, "last": the last measured frame}
    nlohmann::json report() const;

private:
    void measure(long frame, const std::string& screen, ImVec2 display, float text_scale, float body_px);
    ProbeFrame current_;
    std::vector<ProbeItem> last_items_;  // what the last frame drew
    std::string focus_, last_focus_;     // the focused widget's words, this frame and the last
    bool measure_ = false;
    std::map<std::string, ProbeFrame> worst_;  // per screen
    ProbeFrame last_;                          // the last measured frame: what the run ended on
    std::map<std::string, std::set<std::string>> seen_;  // every text each screen showed in a measured frame
    std::string last_key_;
    int stable_ = 0;
    long checked_ = 0;
};

// The probe the widgets record into; null (the default) records nothing.
void set_layout_probe(LayoutProbe* probe);
bool layout_probe_on();

// Records text drawn at `min`..`max` in the current window. `frame_min/max`: the
// button or box it must stay inside (omit for none).
void probe_rect(const char* kind, const std::string& text, ImVec2 min, ImVec2 max, ImVec2 frame_min = ImVec2(0, 0),
                ImVec2 frame_max = ImVec2(0, 0));
// Records text drawn with ImDrawList::AddText(font, size, pos, ..., wrap).
void probe_text(const char* kind, ImFont* font, ImVec2 pos, const std::string& text, float wrap = 0,
                ImVec2 frame_min = ImVec2(0, 0), ImVec2 frame_max = ImVec2(0, 0));
// Records text drawn over every window on the foreground draw list (the room's
// join screen and its corner line), in its own layer; `alone`: it covers the
// screen, so self-voicing reads it alone, as it reads a modal window.
void probe_overlay(const char* kind, const std::string& text, ImVec2 min, ImVec2 max, bool alone);
// The widget with the keyboard focus this frame, in words (self-voicing says it when it changes).
void probe_focus(const std::string& words);
// Records the last ImGui item (ImGui::TextUnformatted and the like).
void probe_last_item(const char* kind, const std::string& text);

// Pure checks, for tests: the problems in `f.items`, filled into `f`.
void find_layout_problems(ProbeFrame& f);

}  // namespace fdg
