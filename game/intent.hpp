// What the player (or facilitator, or designer) asked for on a screen: a small
// value the screens return and the app loop hands to Game::apply. Screens
// read the game; only the core changes it.
#pragma once
#include <string>

#include "state.hpp"
#include "values.hpp"

namespace fdg {

struct Intent {
    enum Kind {
        // The title, the chooser and settings.
        NewGame, Start, ConfirmStart, CancelStart, ContinueGame, SetName, OpenChooser, OpenSettings,
        BackToTitle,  // from the chooser or settings, without saving
        SetFacilitator, SetShowModes, SetTextScale, SetReducedMotion, SetDyslexicFont, SetHighContrast,
        // Play.
        Choose, Proceed, DismissConsequence, ToTitle,
        // The facilitator: clicker, vote board, pages.
        Advance, Back, SelectRow, AdjustVote, SetVote, PlaySelected, ShowPages,
        // Overlays and the window.
        OpenMenu, CloseMenu, SetBlank, CloseError, SetInspector, SetFullscreen, Quit,
        // The inspector.
        JumpTo, SetValues, SetFlags,
    };
    Kind kind = Proceed;
    fd::Mode mode = fd::Mode::Avoid;  // Choose
    int number = 0;                   // SelectRow / AdjustVote / SetVote: the row; ShowPages: how many
    int amount = 0;                   // AdjustVote: the change; SetVote: the count
    bool on = false;                  // the Set* switches
    float scale = 1.0f;               // SetTextScale
    std::string text;                 // Start: path; SetName: name; JumpTo: beat
    fd::CustomerState customer;       // SetValues
    fd::BusinessState business;       // SetValues
    fd::Flags flags, story_flags;     // SetFlags: this encounter's, the campaign's

    static Intent of(Kind k) {
        Intent i;
        i.kind = k;
        return i;
    }
    static Intent with_text(Kind k, std::string s) {
        Intent i = of(k);
        i.text = std::move(s);
        return i;
    }
    static Intent with_switch(Kind k, bool on) {
        Intent i = of(k);
        i.on = on;
        return i;
    }
    static Intent choose(fd::Mode m) {
        Intent i = of(Choose);
        i.mode = m;
        return i;
    }
    static Intent vote(Kind k, int row, int amount = 0) {  // SelectRow, AdjustVote, SetVote
        Intent i = of(k);
        i.number = row;
        i.amount = amount;
        return i;
    }
    static Intent pages(int count) {
        Intent i = of(ShowPages);
        i.number = count;
        return i;
    }
    static Intent text_scale(float f) {
        Intent i = of(SetTextScale);
        i.scale = f;
        return i;
    }
};

}  // namespace fdg
