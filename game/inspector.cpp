// F12: the designers' inspector. Where the story is (stage, beat), the
// customer and the business, flags, the log; jump to any beat and set values
// to try a branch without replaying. Off in facilitator mode.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"
#include "rules.hpp"
#include "values.hpp"
#include "vocabulary.hpp"

namespace fdg {

namespace {

// One flag's value as a widget of its type; true when it was changed.
bool flag_widget(const std::string& key, fd::FlagValue& v) {
    if (auto* b = std::get_if<bool>(&v)) return ImGui::Checkbox(key.c_str(), b);
    if (auto* d = std::get_if<double>(&v)) return ImGui::InputDouble(key.c_str(), d, 1.0, 10.0, "%g");
    auto& text = std::get<std::string>(v);
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s", text.c_str());
    if (!ImGui::InputText(key.c_str(), buf, sizeof buf)) return false;
    text = buf;
    return true;
}

// Flags to try a branch without replaying: change a value, remove one, or add one (true).
bool flags_editor(const char* title, fd::Flags& flags) {
    if (!ImGui::TreeNodeEx(title, ImGuiTreeNodeFlags_DefaultOpen)) return false;
    bool changed = false;
    ImGui::PushID(title);
    if (flags.empty()) ImGui::TextDisabled("%s", fd::tr("(none)"));
    std::string remove;
    for (auto& [k, v] : flags) {
        ImGui::PushID(k.c_str());
        if (ImGui::SmallButton("x")) remove = k;
        ImGui::SameLine();
        changed |= flag_widget(k, v);
        ImGui::PopID();
    }
    if (!remove.empty()) {
        flags.erase(remove);
        changed = true;
    }
    static char name[64] = "";
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
    bool entered = ImGui::InputTextWithHint("##new", fd::tr("new flag name"), name, sizeof name,
                                            ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::SmallButton(fd::tr("Add (true)")) || entered) && name[0]) {
        flags[name] = true;
        name[0] = '\0';
        changed = true;
    }
    ImGui::PopID();
    ImGui::TreePop();
    return changed;
}

// The customer's and the business's values, edited on a copy: a change is
// asked for (Intent::SetValues), and the game applies and saves it.
void values(const Game& g, Ui& ui) {
    const fd::SessionState& st = g.session()->state();
    fd::CustomerState customer = st.customer;
    fd::BusinessState business = st.business;
    bool changed = false;
    ImGui::PushItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
    changed |= ImGui::SliderInt(fd::tr("Trust"), &customer.trust, 0, 100);
    changed |= ImGui::SliderInt(fd::tr("Wall"), &customer.wall, 0, 100);
    auto mood_item = [](void*, int i, const char** out) {
        *out = fd::kMoods[static_cast<std::size_t>(i)].c_str();
        return true;
    };
    int mood = fd::mood_rank(customer.mood);
    if (ImGui::Combo(fd::tr("Mood"), &mood, mood_item, nullptr, static_cast<int>(fd::kMoods.size()))) {
        customer.mood = fd::kMoods[static_cast<std::size_t>(mood)];
        changed = true;
    }
    int money = static_cast<int>(business.money);
    if (ImGui::InputInt(fd::tr("Money"), &money, 10, 100)) {
        business.money = money;
        changed = true;
    }
    changed |= ImGui::InputInt(fd::tr("Reputation"), &business.reputation, 1, 5);
    ImGui::PopItemWidth();
    if (!changed) return;
    Intent i = Intent::of(Intent::SetValues);
    i.customer = customer;
    i.business = business;
    ui.ask(i);
}

void jump(const Game& g, Ui& ui) {
    const fd::Encounter& e = g.session()->encounter();
    ImGui::TextUnformatted(fd::tr("Jump to a beat:"));
    for (const auto& b : e.beats) {
        std::string label = std::string(fd::beat_kind_name(b.kind)) + "  " + b.id;
        bool here = b.id == g.session()->state().beat;
        if (ImGui::Selectable(label.c_str(), here)) ui.ask(Intent::with_text(Intent::JumpTo, b.id));
    }
}

void log_view(const Game& g) {
    const auto& log = g.session()->state().log;
    for (std::size_t i = log.size(); i-- > 0;) {
        const fd::Event& ev = log[i];
        // The script's own names (event kinds, modes, outcomes) stay as designers write them.
        std::string line = std::to_string(i) + "  " + fd::event_kind_name(ev.kind) + "  " + ev.stage + "/" + ev.beat;
        if (ev.mode)
            line += "  " + fd::format_text(fd::tr("{mode} (fit {fit})"), {{"mode", fd::mode_name(*ev.mode)}, {"fit", std::to_string(ev.fit)}});
        if (!ev.outcome.empty()) line += "  -> " + ev.outcome;
        line += "  " + fd::format_text(fd::tr("trust {before}->{after}"), {{"before", std::to_string(ev.before.customer.trust)},
                                                                          {"after", std::to_string(ev.after.customer.trust)}});
        ImGui::TextUnformatted(line.c_str());
    }
}

}  // namespace

void draw_inspector(const Game& g, Ui& ui) {
    if (!g.overlays().inspector_open || g.facilitator() || !g.designer_tools()) return;
    ImGui::SetNextWindowSize(ImVec2(std::min(ui.size.x * 0.45f, ui.u(620)), ui.size.y * 0.8f), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(ui.size.x * 0.5f, ui.size.y * 0.08f), ImGuiCond_Appearing);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(24, 28, 38, 255));
    ImGui::PushStyleColor(ImGuiCol_TitleBgActive, IM_COL32(80, 60, 20, 255));
    ImGui::PushFont(ui.fonts.small);
    bool open = true;
    if (ImGui::Begin((std::string(fd::tr("Inspector (F12)")) + "###inspector").c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) {
        if (!g.session()) {
            ImGui::TextWrapped("%s", fd::tr("Start or continue a game to inspect it."));
        } else {
            const fd::SessionState& st = g.session()->state();
            std::string story = fd::format_text(fd::tr("Story: {path}"), {{"path", g.play().story_path}});
            std::string where = fd::format_text(fd::tr("Stage: {stage}    Beat: {beat} ({kind})"),
                                                {{"stage", st.stage}, {"beat", st.beat},
                                                 {"kind", st.finished ? fd::tr("finished") : fd::beat_kind_name(g.session()->beat().kind)}});
            std::string totals = fd::format_text(fd::tr("Totals: money {money}, reputation {reputation}"),
                                                 {{"money", std::to_string(st.totals.money)}, {"reputation", std::to_string(st.totals.reputation)}});
            ImGui::TextUnformatted(story.c_str());
            ImGui::TextUnformatted(where.c_str());
            ImGui::TextUnformatted(totals.c_str());
            if (!st.finished && ImGui::CollapsingHeader(fd::tr("Customer and business"), ImGuiTreeNodeFlags_DefaultOpen)) values(g, ui);
            if (ImGui::CollapsingHeader(fd::tr("Flags"), ImGuiTreeNodeFlags_DefaultOpen)) {
                Intent edit = Intent::of(Intent::SetFlags);  // edited on a copy, applied by the game
                edit.flags = st.flags;
                edit.story_flags = st.story;
                bool changed = flags_editor(fd::tr("This encounter"), edit.flags);
                changed |= flags_editor(fd::tr("Story (campaign)"), edit.story_flags);
                if (changed) ui.ask(edit);
            }
            if (!st.finished && ImGui::CollapsingHeader(fd::tr("Beats"))) jump(g, ui);
            if (ImGui::CollapsingHeader(fd::tr("Log (newest first)"))) log_view(g);
        }
    }
    ImGui::End();
    if (!open) ui.ask(Intent::with_switch(Intent::SetInspector, false));
    ImGui::PopFont();
    ImGui::PopStyleColor(2);
}

}  // namespace fdg
