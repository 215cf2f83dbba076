// The window: SDL and ImGui set up, the event loop, and the frame. The loop
// sleeps in SDL_WaitEventTimeout while nothing moves, and draws a few frames
// after each event or while something animates, so an idle game costs nothing.
#pragma once
#include <chrono>
#include <cstddef>
#include <string>

#include <SDL.h>

#include "game.hpp"
#include "layout_probe.hpp"
#include "speech.hpp"
#include "options.hpp"
#include "room_link.hpp"
#include "presenter_window.hpp"
#include "widgets.hpp"

namespace fdg {

class App {
public:
    explicit App(Options opts);
    ~App();
    int run();  // the exit code

private:
    bool init();
    void shutdown();
    int run_window();
    int run_headless();
    void pump(bool wait);
    void handle(const SDL_Event& e);
    bool reveal_focus(const SDL_Event& e);
    void feed_keys();
    bool keys_left() const { return next_key_ < opts_.keys.size() || key_up_pending_ || wait_frames_ > 0 || wait_phones_ > 0; }
    void frame();
    void present();
    void draw();
    void draw_screen();
    void apply_asked();  // what the screens asked for (ui_.asked), to the game
    void ensure_fonts();
    void apply_fullscreen();
    // --keys resize:WxH, minimize, restore (automation.cpp).
    void resize_window(int width, int height);
    void set_minimized(bool on);
    double seconds_since_start() const;
    int wait_timeout_ms() const;
    void write_state_json();
    std::string probe_settle_key() const;  // what, when it changes, unsettles the layout


    Options opts_;
    Game game_;
    Ui ui_;
    RoomLink room_;  // the phones' votes (facilitator mode)
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    SDL_Surface* surface_ = nullptr;  // headless: the software renderer draws here
    bool headless_ = false;
    bool vsync_ = false;
    bool minimized_ = false;
    bool imgui_ready_ = false;
    int frames_owed_ = 0;
    std::string timer_shown_;  // the discussion timer as last drawn
    PresenterWindow presenter_;     // facilitator: the notes on the laptop's screen
    bool presenter_closed_ = false;  // closed by hand: not reopened
    void keep_presenter();           // opens or closes it with facilitator mode
    long frame_count_ = 0;
    float font_px_ = 0;
    bool font_facilitator_ = false;
    bool font_dyslexic_ = false;
    bool high_contrast_ = false;  // the palette ImGui's style was last set from
    int tab_moves_ = 0;  // Tab presses to turn into focus moves next frame (+ forward, - back)
    SDL_Keycode swallowed_key_ = SDLK_UNKNOWN;  // a nav key that only revealed the focus
    // --keys
    std::size_t next_key_ = 0;
    bool key_up_pending_ = false;
    SDL_Keysym held_{};
    int wait_frames_ = 0;
    int wait_phones_ = 0;  // --keys phones:N
    std::chrono::steady_clock::time_point start_;
    LayoutProbe probe_;  // on with --state-json: the layout facts of every settled frame
    std::string probe_screen_;  // the screen this frame drew
    Speech speech_;             // V: the screen read aloud
    bool self_voicing_ = false;  // on after the first V: focus moves are spoken too
    std::string spoken_focus_;
};

}  // namespace fdg
