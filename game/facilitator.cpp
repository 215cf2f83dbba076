// Facilitator mode's controls: a presentation clicker sends PageDown/PageUp
// (some send Right/Left, Space, B or '.'), so every move of the workshop is
// one of those keys; the vote board takes digits, arrows and +/-; T starts
// and pauses the discussion timer, Shift+T resets it.
#include "screens.hpp"

namespace fdg {

namespace {

void vote_keys(const Game& g, Ui& ui) {
    Input& in = ui.input;
    int selected = g.board().selected;  // a digit and a + in the same frame count for the digit's row
    for (int i = 0; i < 5; ++i)
        if (in.key(SDLK_1 + i) || in.key(SDLK_KP_1 + i)) selected = i;
    if (in.key(SDLK_UP)) selected = (selected + 4) % 5;
    if (in.key(SDLK_DOWN)) selected = (selected + 1) % 5;
    if (selected != g.board().selected) ui.ask(Intent::vote(Intent::SelectRow, selected));
    // '+' needs Shift on most layouts, so '=' counts too, and the keypad.
    if (in.any({SDLK_PLUS, SDLK_EQUALS, SDLK_KP_PLUS})) ui.ask(Intent::vote(Intent::AdjustVote, selected, +1));
    if (in.any({SDLK_MINUS, SDLK_KP_MINUS, SDLK_UNDERSCORE})) ui.ask(Intent::vote(Intent::AdjustVote, selected, -1));
    if (in.any({SDLK_0, SDLK_KP_0, SDLK_DELETE, SDLK_BACKSPACE}))
        ui.ask(Intent::vote(Intent::AdjustVote, selected, -100000));
    if (in.key(SDLK_o) && in.act()) ui.ask(Intent::of(Intent::PlaySelected));
}

}  // namespace

void facilitator_keys(const Game& g, Ui& ui) {
    Input& in = ui.input;
    bool in_play = g.session() && (g.view() == View::Play || g.view() == View::Consequence);
    if (!g.overlay_open() && (in.key(SDLK_b) || in.key(SDLK_PERIOD)) && in.act()) {
        ui.ask(Intent::with_switch(Intent::SetBlank, !g.overlays().blank));
        return;
    }
    if (!g.overlay_open() && in.key(SDLK_p) && in.act()) ui.ask(Intent::with_switch(Intent::SetPresenter, !g.overlays().presenter));
    if (g.overlays().blank || g.overlay_open() || !in_play) return;
    // The discussion timer (it also starts by itself on the reveal's discussion page).
    // T starts and pauses it, Shift+T resets it (R belongs to the room of phones).
    bool shift = (SDL_GetModState() & KMOD_SHIFT) != 0;
    if (in.key(SDLK_t) && in.act()) ui.ask(Intent::of(shift ? Intent::ResetTimer : Intent::ToggleTimer));
    if (g.view() == View::Play && !g.session()->finished() && g.session()->at_decision()) vote_keys(g, ui);
    if (in.any({SDLK_PAGEDOWN, SDLK_RIGHT, SDLK_SPACE, SDLK_RETURN, SDLK_KP_ENTER}) && in.act())
        ui.ask(Intent::of(Intent::Advance));
    if (in.any({SDLK_PAGEUP, SDLK_LEFT}) && in.act()) ui.ask(Intent::of(Intent::Back));
}

}  // namespace fdg
