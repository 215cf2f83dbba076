// The presenter window (see presenter_window.hpp): its own SDL renderer and
// ImGui context, switched to around each use and switched back after.
#include "presenter_window.hpp"

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include "fonts.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace {

// Makes `ctx` current for a scope and puts the previous one back.
struct ContextScope {
    ImGuiContext* previous;
    explicit ContextScope(ImGuiContext* ctx) : previous(ImGui::GetCurrentContext()) { ImGui::SetCurrentContext(ctx); }
    ~ContextScope() { ImGui::SetCurrentContext(previous); }
};

}  // namespace

bool PresenterWindow::open(int display) {
    if (window_) return true;
    int x = SDL_WINDOWPOS_CENTERED_DISPLAY(display), y = SDL_WINDOWPOS_CENTERED_DISPLAY(display);
    window_ = SDL_CreateWindow(fd::tr("Front Door \u2014 presenter"), x, y, 1280, 720, SDL_WINDOW_RESIZABLE);
    if (!window_) return false;
    renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED);
    if (!renderer_) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer_) {
        close();
        return false;
    }
    ContextScope scope(nullptr);
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep us redrawing
    ImGui_ImplSDL2_InitForSDLRenderer(window_);
    ImGui_ImplSDLRenderer_Init(renderer_);
    return true;
}

void PresenterWindow::close() {
    if (context_) {
        ContextScope scope(context_);
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext(context_);
        scope.previous = scope.previous == context_ ? nullptr : scope.previous;
        context_ = nullptr;
    }
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
    renderer_ = nullptr;
    window_ = nullptr;
    font_px_ = 0;
}

bool PresenterWindow::owns(const SDL_Event& e) const {
    if (!window_) return false;
    Uint32 id = SDL_GetWindowID(window_);
    switch (e.type) {
        case SDL_WINDOWEVENT: return e.window.windowID == id;
        case SDL_MOUSEMOTION: return e.motion.windowID == id;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP: return e.button.windowID == id;
        case SDL_MOUSEWHEEL: return e.wheel.windowID == id;
        default: return false;
    }
}

void PresenterWindow::handle(const SDL_Event& e) {
    if (!context_) return;
    ContextScope scope(context_);
    ImGui_ImplSDL2_ProcessEvent(&e);
}

void PresenterWindow::frame(const Game& g, float scale) {
    if (!context_ || (SDL_GetWindowFlags(window_) & SDL_WINDOW_MINIMIZED)) return;
    ContextScope scope(context_);
    int w = 0, h = 0;
    SDL_GetWindowSize(window_, &w, &h);
    float px = body_px_for(w, h, scale, false);  // a laptop screen at arm's length: desk-sized text
    if (px != font_px_) {
        ui_.fonts = build_fonts(px, false);
        apply_theme(px, false);
        ImGui_ImplSDLRenderer_DestroyFontsTexture();
        ImGui_ImplSDLRenderer_CreateFontsTexture();
        font_px_ = px;
    }
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    ui_.size = ImGui::GetIO().DisplaySize;
    ui_.facilitator = true;
    screen_presenter(g, ui_);
    ui_.asked.clear();  // the notes only show; the keys act through the main window
    ImGui::Render();
    SDL_SetRenderDrawColor(renderer_, 12, 14, 20, 255);
    SDL_RenderClear(renderer_);
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    SDL_RenderPresent(renderer_);
}

}  // namespace fdg
