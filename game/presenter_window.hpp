// The presenter window: a second SDL window for the laptop's own screen, with
// its own renderer and ImGui context, showing the facilitator's notes
// (screen_presenter) while the first window shows the room view only. It
// draws when the main window does, so an idle workshop costs nothing more.
#pragma once
#include <SDL.h>

#include "game.hpp"
#include "widgets.hpp"

struct ImGuiContext;

namespace fdg {

class PresenterWindow {
public:
    ~PresenterWindow() { close(); }
    // Opens on `display` when it exists (the laptop's screen), else beside the main window.
    bool open(int display);
    void close();
    bool is_open() const { return window_ != nullptr; }
    bool owns(const SDL_Event& e) const;  // an event for this window (mouse, its window events)
    void handle(const SDL_Event& e);      // to its ImGui context
    // Draws the notes. Keys are the main window's: the clicker works whichever window has the focus.
    void frame(const Game& g, float scale);

private:
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    ImGuiContext* context_ = nullptr;
    Ui ui_;
    float font_px_ = 0;
};

}  // namespace fdg
