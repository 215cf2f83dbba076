// The window's life: SDL and ImGui set up and torn down, the event loop (window
// and headless), one frame, and the screens drawn with their intents applied.
#include "app.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <iostream>

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include "screens.hpp"
#include "screenshot.hpp"
#include "theme.hpp"

namespace fdg {

namespace {
constexpr int kFramesAfterEvent = 3;  // ImGui settles hover and focus over a couple of frames
constexpr double kHeadlessFrame = 1.0 / 60.0;
void ignore_log(void*, const char*, ...) {}
}  // namespace

App::App(Options opts) : opts_(opts), game_(std::move(opts)), room_(opts_), start_(opts_.launched) {}

App::~App() { shutdown(); }

double App::seconds_since_start() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

bool App::init() {
    headless_ = !opts_.screenshot.empty();
    // Headless in CI: no display at all, so SDL's dummy driver and a software renderer.
    if (headless_ && !std::getenv("SDL_VIDEODRIVER") && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
        setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        std::cerr << "frontdoor: cannot start the display: " << SDL_GetError()
                  << "\n(no screen? try --screenshot FILE.png, or run under xvfb-run)\n";
        return false;
    }
    SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
    // Without a display SDL quietly falls back to an invisible "offscreen" window;
    // say so instead of running where nobody can see it.
    std::string video = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if (!headless_ && !std::getenv("SDL_VIDEODRIVER") && (video == "offscreen" || video == "dummy")) {
        std::cerr << "frontdoor: no display to open a window on (is DISPLAY set?).\n"
                     "Run it on a desktop, under xvfb-run, or headless with --screenshot FILE.png.\n";
        return false;
    }
    Uint32 flags = headless_ ? SDL_WINDOW_HIDDEN : SDL_WINDOW_RESIZABLE;
    if (opts_.fullscreen && !headless_) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    window_ = SDL_CreateWindow("Front Door", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, opts_.width, opts_.height, flags);
    if (!window_) {
        std::cerr << "frontdoor: cannot open a window: " << SDL_GetError() << "\n";
        return false;
    }
    game_.window_is_fullscreen(opts_.fullscreen && !headless_);
    // The screens are laid out for 960x540 and up (--size and resize:WxH check it too).
    SDL_SetWindowMinimumSize(window_, kMinWidth, kMinHeight);
    if (headless_) {
        surface_ = SDL_CreateRGBSurfaceWithFormat(0, opts_.width, opts_.height, 32, SDL_PIXELFORMAT_RGBA32);
        renderer_ = surface_ ? SDL_CreateSoftwareRenderer(surface_) : nullptr;
    } else {
        renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
        if (!renderer_) renderer_ = SDL_CreateRenderer(window_, -1, 0);
        if (!renderer_) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
        SDL_RendererInfo info{};
        if (renderer_ && SDL_GetRendererInfo(renderer_, &info) == 0) vsync_ = (info.flags & SDL_RENDERER_PRESENTVSYNC) != 0;
    }
    if (!renderer_) {
        std::cerr << "frontdoor: cannot create a renderer: " << SDL_GetError() << "\n";
        return false;
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout comes from the window size, never from a file
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep us redrawing
    ImGui_ImplSDL2_InitForSDLRenderer(window_);
    ImGui_ImplSDLRenderer_Init(renderer_);
    imgui_ready_ = true;
    // The probe records every frame's text (self-voicing reads it); it measures
    // the layout only for --state-json.
    probe_.set_measuring(!opts_.state_json.empty());
    set_layout_probe(&probe_);
    return true;
}

void App::shutdown() {
    room_.stop();  // before the renderer goes: it holds the QR code's texture
    presenter_.close();
    set_layout_probe(nullptr);
    if (imgui_ready_) {
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
        imgui_ready_ = false;
    }
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (surface_) SDL_FreeSurface(surface_);
    if (window_) SDL_DestroyWindow(window_);
    renderer_ = nullptr;
    surface_ = nullptr;
    window_ = nullptr;
    SDL_Quit();
}

int App::run() {
    if (!init()) return 1;
    if (opts_.room) room_.open(game_);
    int code = headless_ ? run_headless() : run_window();
    game_.autosave();
    write_state_json();
    return code;
}

// How long the loop may sleep: until the next hot-reload poll or notice expiry.
int App::wait_timeout_ms() const {
    double until = game_.reload().next_poll();
    for (const auto& n : game_.overlays().notices) until = std::min(until, n.until);
    const DiscussionTimer& timer = game_.workshop().timer;
    if (timer.running) {  // wake when the timer's seconds change
        double left = timer.left(game_.now());
        until = std::min(until, game_.now() + (left - std::floor(left)) + 0.005);
    }
    double ms = (until - game_.now()) * 1000.0;
    return static_cast<int>(std::clamp(ms, 10.0, 500.0));
}

int App::run_window() {
    frames_owed_ = kFramesAfterEvent;
    while (!game_.window().quit) {
        bool busy = frames_owed_ > 0 || game_.animating() || keys_left();
        // Minimised: sleep until an event, unless --keys are still to be pressed
        // (a "restore" among them brings the window back).
        pump(minimized_ ? !keys_left() : !busy);
        game_.set_now(seconds_since_start());
        // Expired notices, a reload or its errors change the picture: draw it.
        std::size_t notices = game_.overlays().notices.size();
        game_.expire_notices();
        bool broken = !game_.reload().errors.empty(), error = game_.overlays().error.open;
        game_.poll_reload();
        game_.poll_records();
        const Overlays& shown = game_.overlays();
        if (notices != shown.notices.size() || broken != !game_.reload().errors.empty() || error != shown.error.open)
            frames_owed_ = std::max(frames_owed_, kFramesAfterEvent);
        std::string timer = timer_text(game_);  // a running timer: one frame a second
        if (timer != timer_shown_) frames_owed_ = std::max(frames_owed_, 1);
        timer_shown_ = timer;
        if (game_.window().want_fullscreen != game_.window().fullscreen) apply_fullscreen();
        keep_presenter();
        if (minimized_) {  // nothing to see: no frames, only the keys
            if (keys_left()) {
                feed_keys();
                SDL_Delay(16);
            }
            continue;
        }
        if (frames_owed_ > 0 || game_.animating() || keys_left()) {
            Uint64 t0 = SDL_GetTicks64();
            feed_keys();
            pump(false);
            frame();
            if (frames_owed_ > 0) --frames_owed_;
            // Without vsync, cap animation at about 60 frames a second.
            if (!vsync_) {
                Uint64 spent = SDL_GetTicks64() - t0;
                if (spent < 16) SDL_Delay(static_cast<Uint32>(16 - spent));
            }
        }
    }
    return 0;
}

int App::run_headless() {
    long settle = 0;
    bool shown_minimized = false;
    while (true) {
        feed_keys();
        pump(false);
        game_.set_now(static_cast<double>(frame_count_) * kHeadlessFrame);
        game_.poll_reload();
        game_.poll_records();
        game_.expire_notices();
        bool want = game_.window().want_fullscreen;
        if (want != game_.window().fullscreen) game_.window_is_fullscreen(want);
        if (minimized_) {
            // As in the window: a minimised game draws nothing until it is
            // restored; the PNG keeps the last frame drawn before it.
            if (!shown_minimized) present();
            shown_minimized = true;
            if (game_.window().quit || !keys_left()) break;
            continue;
        }
        shown_minimized = false;
        frame();
        if (game_.window().quit) break;
        if (keys_left()) continue;
        // After the last key: a couple of frames for ImGui to settle, any animation to finish.
        ++settle;
        if (settle >= 3 && frame_count_ >= opts_.frames && !game_.animating()) break;
        if (frame_count_ > opts_.frames + 100000) break;
    }
    if (!minimized_) present();
    std::string err = write_png(surface_, opts_.screenshot);
    if (!err.empty()) {
        std::cerr << "frontdoor: " << err << "\n";
        return 1;
    }
    return 0;
}

void App::pump(bool wait) {
    SDL_Event e;
    if (wait && SDL_WaitEventTimeout(&e, wait_timeout_ms())) handle(e);
    while (SDL_PollEvent(&e)) handle(e);
}

// The first Tab or arrow after using the mouse (or at the start) only shows
// where the keyboard focus is; the next ones move it.
bool App::reveal_focus(const SDL_Event& e) {
    if (e.type != SDL_KEYDOWN && e.type != SDL_KEYUP) return false;
    SDL_Keycode k = e.key.keysym.sym;
    bool nav_key = k == SDLK_TAB || k == SDLK_UP || k == SDLK_DOWN || k == SDLK_LEFT || k == SDLK_RIGHT;
    if (!nav_key || !imgui_ready_) return false;
    ImGuiContext& g = *GImGui;
    if (e.type == SDL_KEYUP) {
        bool swallowed = swallowed_key_ == k;
        if (swallowed) swallowed_key_ = SDLK_UNKNOWN;
        return swallowed;
    }
    if (!g.NavDisableHighlight || g.IO.WantTextInput) return false;
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    swallowed_key_ = k;
    return true;
}

// The presenter window: with --presenter, or by itself when there are two
// displays (the main window on the projector, the notes on the laptop).
void App::keep_presenter() {
    bool want = game_.facilitator() && !presenter_closed_ && (opts_.presenter || SDL_GetNumVideoDisplays() >= 2);
    if (want && !presenter_.is_open()) {
        int main_display = SDL_GetWindowDisplayIndex(window_);
        if (!presenter_.open(main_display == 0 && SDL_GetNumVideoDisplays() >= 2 ? 1 : 0)) presenter_closed_ = true;
        frames_owed_ = std::max(frames_owed_, kFramesAfterEvent);
    } else if (!want && presenter_.is_open()) {
        presenter_.close();
    }
}

void App::handle(const SDL_Event& e) {
    if (presenter_.owns(e)) {  // its mouse and window events; the keys work from either window
        if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE) {
            presenter_.close();
            presenter_closed_ = true;
        } else {
            presenter_.handle(e);
        }
        frames_owed_ = kFramesAfterEvent;
        return;
    }
    if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE && presenter_.is_open())
        game_.apply(Intent::of(Intent::Quit));  // with two windows SDL sends no SDL_QUIT for the first
    bool swallow = reveal_focus(e);
    // ImGui never sees Tab: its own tabbing (1.86) jumps between text fields
    // only; ours moves the focus through every item, like the arrows.
    // (Ctrl+Tab still goes to ImGui: it switches to the inspector window.)
    bool tab = (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) && e.key.keysym.sym == SDLK_TAB &&
               !(e.key.keysym.mod & KMOD_CTRL);
    if (!swallow && !tab) ImGui_ImplSDL2_ProcessEvent(&e);
    // R, Ctrl+R, L: the room's keys (not while typing), not the screen's.
    bool typing = imgui_ready_ && ImGui::GetIO().WantTextInput;
    if (typing || !room_.handle_key(e, game_)) ui_.input.on_event(e);
    frames_owed_ = kFramesAfterEvent;
    switch (e.type) {
        case SDL_QUIT:
            game_.apply(Intent::of(Intent::Quit));
            break;
        case SDL_KEYDOWN:
            // ImGui 1.86 tabs only between text fields; we make Tab move the focus like the arrows.
            if (e.key.keysym.sym == SDLK_TAB && !swallow && !(e.key.keysym.mod & KMOD_CTRL))
                tab_moves_ += (e.key.keysym.mod & KMOD_SHIFT) ? -1 : 1;
            break;
        case SDL_WINDOWEVENT:
            if (e.window.event == SDL_WINDOWEVENT_MINIMIZED) minimized_ = true;
            if (e.window.event == SDL_WINDOWEVENT_RESTORED || e.window.event == SDL_WINDOWEVENT_SHOWN ||
                e.window.event == SDL_WINDOWEVENT_EXPOSED || e.window.event == SDL_WINDOWEVENT_MAXIMIZED)
                minimized_ = false;
            break;
        default:
            break;
    }
}

void App::ensure_fonts() {
    int w = 0, h = 0;
    SDL_GetWindowSize(window_, &w, &h);
    float px = body_px_for(w, h, opts_.scale * game_.settings().text_scale, game_.facilitator());
    bool dyslexic = game_.settings().dyslexic_font;
    if (px == font_px_ && game_.facilitator() == font_facilitator_ && dyslexic == font_dyslexic_) return;
    ui_.fonts = build_fonts(px, game_.facilitator(), dyslexic);
    font_dyslexic_ = dyslexic;
    apply_theme(px, game_.facilitator());
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
    ImGui_ImplSDLRenderer_CreateFontsTexture();
    font_px_ = px;
    font_facilitator_ = game_.facilitator();
}

void App::apply_fullscreen() {
    bool on = game_.window().want_fullscreen;
    bool done = SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) == 0;
    game_.window_is_fullscreen(done ? on : game_.window().fullscreen);
    frames_owed_ = kFramesAfterEvent;
}

// resize:WxH. Under a real window the window manager does it and sends the
// events the loop reacts to. Headless, the picture is drawn into a surface of
// the window's size: make a new one (and a software renderer for it), and let
// ImGui's renderer backend start over on it; its font texture is rebuilt from
// the atlas on the next frame. ImGui's DisplaySize follows the window size.
void App::resize_window(int width, int height) {
    SDL_SetWindowSize(window_, width, height);
    frames_owed_ = kFramesAfterEvent;
    if (!headless_) return;
    SDL_GetWindowSize(window_, &width, &height);  // as SDL clamped it
    if (surface_ && surface_->w == width && surface_->h == height) return;
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32);
    SDL_Renderer* renderer = surface ? SDL_CreateSoftwareRenderer(surface) : nullptr;
    if (!renderer) {
        std::cerr << "frontdoor: cannot resize to " << width << "x" << height << ": " << SDL_GetError() << "\n";
        if (surface) SDL_FreeSurface(surface);
        return;
    }
    ImGui_ImplSDLRenderer_Shutdown();
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
    surface_ = surface;
    renderer_ = renderer;
    ImGui_ImplSDLRenderer_Init(renderer_);
}

// minimize / restore: the events a window manager sends, so the loop pauses
// (and resumes) drawing exactly as it does for a real one.
void App::set_minimized(bool on) {
    if (!headless_) {
        if (on) SDL_MinimizeWindow(window_);
        else SDL_RestoreWindow(window_);
    }
    // Without a window manager (or headless) nothing answers: say it ourselves.
    SDL_Event e{};
    e.type = SDL_WINDOWEVENT;
    e.window.windowID = SDL_GetWindowID(window_);
    e.window.event = on ? SDL_WINDOWEVENT_MINIMIZED : SDL_WINDOWEVENT_RESTORED;
    SDL_PushEvent(&e);
}

// Rasterises the last frame ImGui built and shows it (or, headless, leaves it in the surface).
void App::present() {
    ImU32 bg = game_.facilitator() ? IM_COL32(0, 0, 0, 255) : color::kBackground;
    SDL_SetRenderDrawColor(renderer_, bg & 0xFF, (bg >> 8) & 0xFF, (bg >> 16) & 0xFF, 255);
    SDL_RenderClear(renderer_);
    if (ImDrawData* data = ImGui::GetDrawData()) ImGui_ImplSDLRenderer_RenderDrawData(data);
    SDL_RenderPresent(renderer_);
}

void App::frame() {
    // The palette (standard or high contrast) before anything is drawn; ImGui's own style follows it.
    bool contrast = game_.settings().high_contrast;
    set_palette(contrast);
    if (contrast != high_contrast_ && font_px_ > 0) apply_theme(font_px_, game_.facilitator());
    high_contrast_ = contrast;
    ensure_fonts();
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (headless_) io.DeltaTime = static_cast<float>(kHeadlessFrame);
    if (tab_moves_ != 0 && !io.WantTextInput)
        io.NavInputs[tab_moves_ > 0 ? ImGuiNavInput_KeyDown_ : ImGuiNavInput_KeyUp_] = 1.0f;
    tab_moves_ = 0;
    ImGui::NewFrame();
    ui_.input.begin_frame(io.WantTextInput);
    ui_.size = io.DisplaySize;
    ui_.facilitator = game_.facilitator();
    if (game_.window().show_room) {  // the menu's "open the room"
        game_.room_shown();
        room_.show(game_);
    }
    room_.sync(game_);
    probe_.begin_frame();
    draw();
    room_.draw(game_, ui_, renderer_);
    probe_.end_frame(frame_count_, probe_screen_, probe_settle_key(), io.DisplaySize,
                     opts_.scale * game_.settings().text_scale, font_px_);
    // V (not while typing a name): read out what this frame drew, and from then
    // on say each widget the keyboard focus moves to.
    if (ui_.input.key(SDLK_v) && !io.WantTextInput) {
        speech_.say(screen_words(probe_.last_items()));
        self_voicing_ = true;
        spoken_focus_ = probe_.last_focus();
    } else if ((self_voicing_ || game_.settings().self_voicing) && probe_.last_focus() != spoken_focus_) {
        spoken_focus_ = probe_.last_focus();
        if (!spoken_focus_.empty()) speech_.say(spoken_focus_);
    }
    ImGui::Render();
    // Headless, only the last frame is ever seen (the PNG): rasterising the
    // others in software was nine tenths of a test run's time. run_headless()
    // draws the last frame's draw data when it is done.
    if (!headless_) present();
    if (presenter_.is_open()) presenter_.frame(game_, opts_.scale);
    ui_.input.end_frame();
    if (frame_count_++ == 0 && opts_.timing) {
        SDL_RendererInfo info{};
        SDL_GetRendererInfo(renderer_, &info);
        const char* video = SDL_GetCurrentVideoDriver();
        std::cerr << "first frame after " << static_cast<long>(seconds_since_start() * 1000.0 + 0.5) << " ms (video "
                  << (video ? video : "?") << ", renderer " << (info.name ? info.name : "?") << ", font atlas "
                  << ImGui::GetIO().Fonts->TexWidth << "x" << ImGui::GetIO().Fonts->TexHeight << ")\n";
    }
}

// Each screen and overlay reads the game and asks; what it asked for is
// applied before the next one draws, so an overlay opened by a key is up (and
// takes the keys) within the same frame, as the screens expect.
void App::draw() {
    const Game& g = game_;
    handle_global_keys(g, ui_);
    apply_asked();
    if (g.overlays().blank) {
        begin_screen("##blank", IM_COL32(0, 0, 0, 255));
        end_screen();
        return;
    }
    probe_screen_ = opts_.portraits ? "portraits" : g.screen_name();
    try {
        ui_.footer.clear();  // the screen drawn now says its own
        ui_.scene.clear();
        draw_screen();
        apply_asked();
    } catch (const std::exception& e) {
        // A screen met a state it cannot show (say, after a reload): close what it
        // opened, say what happened and go back to the title rather than crash.
        ImGui::ErrorCheckEndFrameRecover(ignore_log);
        apply_asked();
        game_.screen_failed(e.what());
    }
    for (auto overlay : {draw_inspector, draw_reload_errors, draw_font_notice, draw_menu, draw_confirm_start, draw_error,
                         draw_notices, draw_records_waiting}) {
        overlay(g, ui_);
        apply_asked();
    }
}

void App::apply_asked() {
    std::vector<Intent> asked;
    asked.swap(ui_.asked);
    for (const Intent& i : asked) game_.apply(i);
}

void App::draw_screen() {
    const Game& g = game_;
    if (opts_.portraits) return screen_portraits(g, ui_);
    switch (g.view()) {
        case View::Title: screen_title(g, ui_); return;
        case View::Chooser:
            if (g.library().plan_shown) return screen_plan(g, ui_);  // a workshop's session plan
            screen_chooser(g, ui_);
            return;
        case View::Settings: screen_settings(g, ui_); return;
        case View::Records: screen_records(g, ui_); return;
        case View::Intro: screen_intro(g, ui_); return;
        case View::Play:
        case View::Consequence: break;
    }
    if (!g.session()) screen_title(g, ui_);
    else if (g.session()->finished()) screen_summary(g, ui_);
    else if (g.facilitator() && g.overlays().presenter && !presenter_.is_open()) screen_presenter(g, ui_);
    else if (g.facilitator()) screen_facilitator(g, ui_);
    else if (g.view() == View::Play && g.session()->beat().kind == fd::BeatKind::Ending) screen_debrief(g, ui_);
    else screen_encounter(g, ui_);
}

}  // namespace fdg
