// Automation for tests and docs: pressing --keys, and writing --state-json.
#include <fstream>
#include <iostream>

#include <imgui.h>

#include "app.hpp"
#include "fit_text.hpp"
#include "portrait.hpp"
#include "screens.hpp"
#include "game_language.hpp"
#include "session_json.hpp"

namespace fdg {

namespace {

// --portraits: each customer's look as the portraits draw it (the script's words, gaps from the name).
nlohmann::json portraits_json(const std::vector<fd::Customer>& people) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : people) {
        fd::Look l = look_for(c);
        out.push_back({{"name", c.name}, {"given", c.look.given()}, {"skin", l.skin}, {"hair", l.hair},
                       {"hair_style", l.hair_style}, {"age", l.age}, {"glasses", l.glasses.value_or(false)},
                       {"headwear", l.headwear}});
    }
    return out;
}

}  // namespace

// --keys: one key per frame pair (down on one frame, up on the next) so that
// ImGui 1.86, which reads key state rather than events, sees every press.
void App::feed_keys() {
    // The first screen needs two frames to exist and take the keyboard focus.
    if (frame_count_ < 2) return;
    if (wait_frames_ > 0) {
        --wait_frames_;
        return;
    }
    if (wait_phones_ > 0) {  // phones:N: the room's phones vote in their own time
        if (game_.board().phones_voted < wait_phones_) {
            SDL_Delay(10);  // not a frame as fast as the CPU allows while people tap
            return;
        }
        wait_phones_ = 0;
    }
    Uint32 id = SDL_GetWindowID(window_);
    if (key_up_pending_) {
        SDL_Event e{};
        e.type = SDL_KEYUP;
        e.key.windowID = id;
        e.key.state = SDL_RELEASED;
        e.key.keysym = held_;
        SDL_PushEvent(&e);
        key_up_pending_ = false;
        return;
    }
    if (next_key_ >= opts_.keys.size()) return;
    const KeyStep& k = opts_.keys[next_key_++];
    switch (k.kind) {
        case KeyStep::Name:
            game_.apply(Intent::with_text(Intent::SetName, k.text));
            return;
        case KeyStep::Wait:
            wait_frames_ = k.frames;
            return;
        case KeyStep::Phones:
            wait_phones_ = k.frames;
            return;
        case KeyStep::Resize:
            resize_window(k.width, k.height);
            return;
        case KeyStep::Minimize:
            set_minimized(true);
            return;
        case KeyStep::Restore:
            set_minimized(false);
            return;
        case KeyStep::Text:
            for (std::size_t i = 0; i < k.text.size(); i += 16) {
                SDL_Event e{};
                e.type = SDL_TEXTINPUT;
                e.text.windowID = id;
                std::string part = k.text.substr(i, 16);
                std::copy(part.begin(), part.end(), e.text.text);
                SDL_PushEvent(&e);
            }
            return;
        case KeyStep::Key: {
            SDL_Event e{};
            e.type = SDL_KEYDOWN;
            e.key.windowID = id;
            e.key.state = SDL_PRESSED;
            e.key.keysym.sym = SDL_GetKeyFromName(k.key.c_str());  // parse_keys checked the name
            e.key.keysym.scancode = SDL_GetScancodeFromKey(e.key.keysym.sym);
            e.key.keysym.mod = static_cast<Uint16>((k.shift ? KMOD_LSHIFT : 0) | (k.ctrl ? KMOD_LCTRL : 0));
            held_ = e.key.keysym;
            SDL_PushEvent(&e);
            key_up_pending_ = true;
            return;
        }
    }
}

void App::write_state_json() {
    if (opts_.state_json.empty()) return;
    nlohmann::json out = game_.session() ? fd::session_report(*game_.session()) : nlohmann::json::object();
    nlohmann::json w;
    w["screen"] = opts_.portraits ? "portraits" : game_.screen_name();
    w["facilitator"] = game_.facilitator();
    w["player"] = game_.play().player;
    w["title_identity"] = {{"name", game_.library().player_name}, {"contact", game_.library().player_contact}};
    w["records"] = {{"waiting", game_.records().status().waiting}, {"lrs", game_.records().status().lrs}};
    w["page"] = game_.page();
    w["menu_open"] = game_.overlays().menu_open;
    w["inspector_open"] = game_.overlays().inspector_open;
    w["blank"] = game_.overlays().blank;
    int width = 0, height = 0;
    SDL_GetWindowSize(window_, &width, &height);
    w["window_size"] = {width, height};
    ImVec2 display = ImGui::GetIO().DisplaySize;
    w["display_size"] = {static_cast<int>(display.x), static_cast<int>(display.y)};
    w["minimized"] = minimized_;
    w["error"] = game_.overlays().error.open ? game_.overlays().error.message : "";
    w["save_problem"] = game_.library().save_info.problem;
    w["font_fallback"] = ui_.fonts.fallback;
    w["font_dyslexic"] = ui_.fonts.dyslexic;
    w["high_contrast"] = game_.settings().high_contrast;
    w["menu_settings"] = game_.overlays().menu_settings;
    const Settings& set = game_.settings();
    w["settings"] = {{"text_scale", set.text_scale},         {"high_contrast", set.high_contrast},
                     {"dyslexic_font", set.dyslexic_font},   {"reduced_motion", set.reduced_motion},
                     {"self_voicing", set.self_voicing}};
    // What the frame was drawn with: the body text's pixels and the palette in use.
    w["applied"] = {{"body_px", font_px_}, {"high_contrast", high_contrast_}, {"dyslexic_font", ui_.fonts.dyslexic}};
    w["language"] = current_language();  // "" English
    w["reload_errors"] = game_.reload().last_error_text();
    nlohmann::json notices = nlohmann::json::array();
    for (const auto& n : game_.overlays().notices) notices.push_back(n.text);
    w["notices"] = notices;
    nlohmann::json order = nlohmann::json::array();
    for (fd::Mode m : game_.answer_order()) order.push_back(fd::mode_name(m));
    w["answer_order"] = order;
    nlohmann::json votes = nlohmann::json::array();
    for (const auto& v : game_.workshop().votes) {
        nlohmann::json counts = nlohmann::json::object();
        for (fd::Mode m : fd::kAllModes) counts[fd::mode_name(m)] = v.counts[static_cast<std::size_t>(fd::mode_index(m))];
        votes.push_back({{"stage", v.stage}, {"beat", v.beat}, {"counts", counts}, {"played", fd::mode_name(v.played)},
                         {"overridden", v.overridden}, {"tie", v.tie},
                         {"phones", fd::vote_counts_to_json(v.phones)}, {"phone_devices", v.phone_devices}});
    }
    w["room_votes"] = votes;
    const DiscussionTimer& timer = game_.workshop().timer;
    w["timer"] = {{"running", timer.running}, {"left", timer.left(game_.now())}, {"total", timer.total}};
    w["labels_shown"] = game_.labels_shown();
    w["presenter_window"] = presenter_.is_open();
    nlohmann::json fit = nlohmann::json::object();
    for (const auto& [screen, r] : fit_records())
        fit[screen] = {{"fits", r.fits}, {"smallest_px", r.smallest_px}, {"columns", r.columns}, {"frames", r.frames}};
    w["fit"] = fit;
    nlohmann::json board = nlohmann::json::object();
    for (fd::Mode m : fd::kAllModes) board[fd::mode_name(m)] = game_.board().counts[static_cast<std::size_t>(fd::mode_index(m))];
    w["vote_board"] = board;
    w["room_phones"] = {{"open", game_.board().room_open}, {"voted", game_.board().phones_voted},
                        {"devices", game_.board().phone_devices}};
    w["vote_tie"] = game_.board().tie;  // next found a tie and asked first
    w["vote_selected"] = game_.board().selected;
    w["designer"] = game_.designer_tools();
    w["footer"] = ui_.footer;
    w["scene"] = {{"name", ui_.scene}, {"rect", {ui_.scene_rect.x, ui_.scene_rect.y, ui_.scene_rect.z, ui_.scene_rect.w}}};
    w["intro_mode"] = game_.play().intro_mode;
    nlohmann::json tries = nlohmann::json::array();  // practice at the debrief: never on record
    for (const auto& t : game_.practice().tries)
        tries.push_back({{"beat", t.beat}, {"mode", fd::mode_name(t.mode)}, {"fit", t.fit}, {"best_fit", t.best_fit}});
    w["practice"] = tries;
    if (opts_.portraits) w["portraits"] = portraits_json(story_customers(game_));
    out["window"] = w;
    out["layout"] = probe_.report();
    out["spoken"] = speech_.said();  // what V sent to speech-dispatcher
    std::ofstream f(opts_.state_json);
    f << out.dump(2) << "\n";
    if (!f) std::cerr << "frontdoor: cannot write " << opts_.state_json << "\n";
}

// The screen, the overlays over it, the window size and the font size: a change
// to any of them lays the frame out anew, and the probe waits for it to settle.
std::string App::probe_settle_key() const {
    const Overlays& o = game_.overlays();
    ImVec2 d = ImGui::GetIO().DisplaySize;
    return probe_screen_ + "|" + game_.screen_name() + "|" + std::to_string(o.menu_open) + std::to_string(o.menu_settings) + std::to_string(o.inspector_open) +
           std::to_string(o.error.open) + "|" + std::to_string(static_cast<int>(d.x)) + "x" +
           std::to_string(static_cast<int>(d.y)) + "|" + std::to_string(font_px_) + "|" + std::to_string(game_.page());
}

}  // namespace fdg
