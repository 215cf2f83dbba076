// Facilitator mode's controls: a presentation clicker sends PageDown/PageUp
// (some send Right/Left, Space, B or '.'), so every move of the workshop is
// one of those keys; the vote board takes digits, arrows and +/-.
#include "screens.hpp"

namespace fdg {

namespace {

void vote_keys(Game& g, Input& in) {
    for (int i = 0; i < 5; ++i)
        if (in.key(SDLK_1 + i) || in.key(SDLK_KP_1 + i)) g.board.selected = i;
    if (in.key(SDLK_UP)) g.board.selected = (g.board.selected + 4) % 5;
    if (in.key(SDLK_DOWN)) g.board.selected = (g.board.selected + 1) % 5;
    // '+' needs Shift on most layouts, so '=' counts too, and the keypad.
    if (in.any({SDLK_PLUS, SDLK_EQUALS, SDLK_KP_PLUS})) g.adjust_vote(g.board.selected, +1);
    if (in.any({SDLK_MINUS, SDLK_KP_MINUS, SDLK_UNDERSCORE})) g.adjust_vote(g.board.selected, -1);
    if (in.any({SDLK_0, SDLK_KP_0, SDLK_DELETE, SDLK_BACKSPACE})) g.adjust_vote(g.board.selected, -100000);
    if (in.key(SDLK_o) && in.act()) g.play_selected();
}

}  // namespace

void facilitator_keys(Game& g, Ui& ui) {
    Input& in = ui.input;
    bool in_play = g.session && (g.view == View::Play || g.view == View::Consequence);
    if (!overlay_open(g) && (in.key(SDLK_b) || in.key(SDLK_PERIOD)) && in.act()) {
        g.blank = !g.blank;
        return;
    }
    if (g.blank || overlay_open(g) || !in_play) return;
    if (g.view == View::Play && !g.session->finished() && g.session->at_decision()) vote_keys(g, in);
    if (in.any({SDLK_PAGEDOWN, SDLK_RIGHT, SDLK_SPACE, SDLK_RETURN, SDLK_KP_ENTER}) && in.act()) g.advance();
    if (in.any({SDLK_PAGEUP, SDLK_LEFT}) && in.act()) g.back();
}

}  // namespace fdg
