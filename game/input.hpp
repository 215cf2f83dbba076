// This frame's key presses, taken straight from SDL events so a shortcut fires
// once per press, however ImGui's navigation sees the same key.
#pragma once
#include <initializer_list>
#include <vector>

#include <SDL.h>

namespace fdg {

class Input {
public:
    // Events arrive between frames: begin_frame() does not clear them, end_frame() does.
    void begin_frame(bool typing);
    void end_frame() { pressed_.clear(); }
    void on_event(const SDL_Event& e);

    // Pressed this frame. Shortcut keys are ignored while a text field has the keyboard.
    bool key(SDL_Keycode k) const;
    bool any(std::initializer_list<SDL_Keycode> keys) const;
    bool key_raw(SDL_Keycode k) const;  // even while typing (F-keys, Escape)
    bool typing() const { return typing_; }

    // One move per frame: the first caller wins, so a key that both ImGui's
    // focus and a shortcut react to never moves the story twice.
    bool act() {
        if (acted_) return false;
        acted_ = true;
        return true;
    }

private:
    std::vector<SDL_Keycode> pressed_;
    bool typing_ = false;
    bool acted_ = false;
};

}  // namespace fdg
