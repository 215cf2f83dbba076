// Remembers where a play-through has rested, so a story that comes back to the same
// decision (or narration, or ending) with nothing changed, or a campaign that enters
// the same stage again with nothing changed, is reported at once as a loop instead of
// being played until the move limit.
#pragma once
#include <cstddef>
#include <string>
#include <optional>
#include <vector>

#include "script_error.hpp"
#include "state.hpp"
#include "story.hpp"

namespace fd {

// A story or campaign that comes back where it was with nothing changed: a ScriptError
// (file:line of the looping beat or stage) that tools can tell from other script errors.
class StoryLoopError : public ScriptError {
public:
    StoryLoopError(std::string file, int line, std::string message)
        : ScriptError(std::move(file), line, std::move(message), {}, fd::code::no_ending) {}
};

// The error for a story that rests at `now` again with nothing changed, at its beat's line.
StoryLoopError story_loop_error(const Story& story, const SessionState& now);

// The error for a campaign whose stage `from` sends play to stage `next` again with nothing
// changed, at the line of from's `next`.
StoryLoopError campaign_loop_error(const Story& story, const Stage& from, const std::string& next);

class LoopGuard {
public:
    // Called after a move: `before` is where the move started, `now` where it rests.
    // Throws StoryLoopError naming the beat's line when `now` was already a resting
    // place with everything scripts see the same. Endings are left to
    // check_stage_entry: what follows one is the next stage. When no loop is found,
    // `before` is remembered by moving its parts out: the caller must not use it again.
    void check_rest(const Story& story, SessionState& before, const SessionState& now);
    // Called as a campaign moves on to stage `next` from `from` (the stage whose
    // `next` chose it): throws ScriptError at that `next` field when `next` was
    // already entered with the same story flags, outcomes and random state (StoryLoopError).
    void check_stage_entry(const Story& story, const Stage& from, const SessionState& before, const std::string& next);
    // Forgets everything (the story was replaced, or play jumped elsewhere).
    void clear();

private:
    // The part of the state that decides what can happen next: not the log, the
    // results or the campaign totals (scripts see none of them).
    struct Rest {
        std::string stage, beat;
        CustomerState customer;
        BusinessState business;
        Flags flags, story;
        std::map<std::string, std::string> outcomes;
        std::uint64_t rng = 0;
        bool operator==(const Rest& o) const;
    };
    static Rest entry_of(const SessionState& s, const std::string& stage);
    static Rest taken_from(SessionState& s);
    static bool same(const Rest& r, const SessionState& s);
    static std::size_t hash_of(const std::string& stage, const std::string& beat, const CustomerState& c,
                               const BusinessState& b, const Flags& flags, const Flags& story,
                               const std::map<std::string, std::string>& outcomes, std::uint64_t rng);
    static std::size_t hash_of(const Rest& r);
    static std::size_t hash_of(const SessionState& s);
    struct Stored {
        std::size_t hash;
        bool hashed;  // the first rest is hashed only when a second move needs it
        Rest rest;
    };
    bool rested_at(const SessionState& now);

    // Searched in order by hash: a play-through rests a few dozen times (at most the
    // move limit), and explore's one-move sessions keep their single rest in first_
    // without allocating.
    std::optional<Stored> first_;
    std::vector<Stored> rests_, entries_;
};

}  // namespace fd
