// Input: the keys pressed this frame, from SDL's key-down events.
#include "input.hpp"

#include <algorithm>

namespace fdg {

void Input::begin_frame(bool typing) {
    typing_ = typing;
    acted_ = false;
}

void Input::on_event(const SDL_Event& e) {
    if (e.type != SDL_KEYDOWN) return;
    pressed_.push_back(e.key.keysym.sym);
}

bool Input::key_raw(SDL_Keycode k) const { return std::find(pressed_.begin(), pressed_.end(), k) != pressed_.end(); }

bool Input::key(SDL_Keycode k) const { return !typing_ && key_raw(k); }

bool Input::any(std::initializer_list<SDL_Keycode> keys) const {
    for (SDL_Keycode k : keys)
        if (key(k)) return true;
    return false;
}

}  // namespace fdg
