// Practice: after an encounter, a solo player replays one of its decisions
// with another answer to see what it would have done. The try runs on a copy
// of the session rewound to just before that decision, so the session itself
// (its log, the profile, the save, any record) never changes: the first
// attempt stays the one on record. This is the rule every front end follows.
#pragma once
#include <cstddef>
#include <string>

#include "session.hpp"

namespace fd {

struct PracticeTry {
    std::size_t log_index = 0;  // the decision on record, in the session's log
    std::string stage, beat;
    Mode mode = Mode::Avoid;
    std::string says, reaction, why;
    int fit = 0, best_fit = 0;
    Snapshot before, after;
    std::string outcome;  // when this answer ended the encounter at once: its outcome
    std::string then;     // what came next: the text of the beat the story rested at after it
};

// Whether the decision at `log_index` may be practised now: the session rests
// at the ending of that decision's encounter (its debrief).
bool can_practise(const Session& s, std::size_t log_index);

// Answers `m` at that decision on a copy of the session. Throws SessionMisuse
// when it may not be practised, ScriptError when the answer's effects fail.
PracticeTry practise(const Session& s, std::size_t log_index, Mode m);

}  // namespace fd
