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
        SetFacilitator, SetShowModes, SetTextScale, SetReducedMotion, SetDyslexicFont, SetHighContrast, SetLanguage,
        // Play.
        Choose, Proceed, DismissConsequence, ToTitle,
        // The facilitator: clicker, vote board, pages.
        Advance, Back, SelectRow, AdjustVote, SetVote, PlaySelected, ShowPages,
        ToggleTimer, ResetTimer, SetTeachReveal, SetPresenter, WriteHandout,
        // Overlays and the window.
        OpenMenu, CloseMenu, SetBlank, CloseError, SetInspector, SetFullscreen, Quit,
        // The inspector.
        JumpTo, SetValues, SetFlags,
        // Learner records (game/screen_records.cpp): number = a player's id; on = confirmed.
        SetContact, OpenRecords, SendRecords, DeleteRecords,
        ShowRecordsOf,  // the Records screen's charts: number = the player's id
        // The room (phones vote): the window opens it and shows its join screen.
        ShowRoom,
        // Practice at the debrief (one player) and the introduction.
        Practise, PractiseAnswer, EndPractice, ShowIntro, FinishIntro, IntroMode,
        // The Esc menu's accessibility page (on) or its main page (off); self-voicing on or off.
        MenuSettings, SetSelfVoicing,
        // The session plan (facilitator's chooser): number = the row; amount = -1/+1 (PlanMove), minutes (SetMinutes).
        PlanToggle, PlanMove, PlanSelect, SetMinutes, StartPlan, ShowPlan,
    };
    Kind kind = Proceed;
    fd::Mode mode = fd::Mode::Avoid;  // Choose, PractiseAnswer
    int number = 0;                   // SelectRow / AdjustVote / SetVote: the row; ShowPages: how many
                                      // Practise: the decision's log index; IntroMode: mode_index or -1
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
    static Intent practise(std::size_t log_index) {
        Intent i = of(Practise);
        i.number = static_cast<int>(log_index);
        return i;
    }
    static Intent practise_answer(fd::Mode m) {
        Intent i = of(PractiseAnswer);
        i.mode = m;
        return i;
    }
    static Intent intro_mode(int index) {
        Intent i = of(IntroMode);
        i.number = index;
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
