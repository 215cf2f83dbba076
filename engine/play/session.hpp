// One play-through: it rests at a narration, a decision or an ending, and moves
// on when the player continues or chooses. Everything it does goes in the log.
#pragma once
#include <memory>
#include <stdexcept>
#include <string>

#include "loop_guard.hpp"
#include "story.hpp"
#include "script_error.hpp"
#include "script_host.hpp"
#include "state.hpp"

namespace fd {

// Asking the session for a move it cannot make now (a programming error, not a script's).
class SessionMisuse : public std::logic_error {
    using std::logic_error::logic_error;
};

class Session {
public:
    // `story_flags` are campaign flags set before play (tests, and playing a later encounter alone).
    // `outcomes` are earlier encounters' outcomes, by stage id (the same purposes).
    // `host` runs the story's scripts (both come from load_story).
    Session(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host, std::uint64_t seed,
            Flags story_flags = {}, std::map<std::string, std::string> outcomes = {});
    // Resumes from saved state; a beat that no longer exists falls back to the
    // nearest earlier decision, else the encounter's start.
    Session(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host, SessionState saved);

    const Story& story() const { return *story_; }
    std::shared_ptr<const Story> story_ptr() const { return story_; }
    std::shared_ptr<ScriptHost> host_ptr() const { return host_; }
    const SessionState& state() const { return state_; }
    const Stage& stage() const;
    const Encounter& encounter() const { return *stage().encounter; }
    const Beat& beat() const;

    bool finished() const { return state_.finished; }
    // The campaign's totals and finished encounters before the current one: at an
    // ending the engine has already added the encounter to the totals.
    BusinessState totals_before_this_encounter() const;
    std::size_t encounters_before_this_one() const;
    bool at_decision() const { return !finished() && beat().kind == BeatKind::Decision; }

    // Applies the chosen answer. Throws ScriptError from an effects function, or when
    // the story comes back to a place it rested at with nothing changed (a loop; see
    // loop_guard.hpp). The state is then left as it was before the choice.
    void choose(Mode m);
    // Moves past a narration, or past an ending to the next encounter (or the end).
    void proceed();

    // Replaces the story (hot reload) keeping the state; same fallback as resuming.
    void replace_story(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host);

    // Designer tools: jump to a beat of the current encounter; set a value. Both
    // forget where play has rested, so a hand-made change is never taken for a loop.
    void jump_to(const std::string& beat_id);
    SessionState& mutable_state() {
        loops_.clear();
        return state_;
    }

private:
    void start_stage(const std::string& stage_id);
    void enter(std::string beat_id);
    void finish_stage(const Beat& ending);
    // An event at beat `b` with the state before; apply_logged fills in the rest and logs it.
    Event event_here(EventKind kind, const Beat& b) const;
    // Where play is, for script errors: the beat, and the stage in a campaign.
    CallSite at(const std::string& beat) const;
    void apply_logged(const Effects& resolved, Event& ev);
    void check_flags_room(const Effects& fx, const Event& ev) const;
    void relocate();
    void rewind_to(std::vector<Event>::iterator event);  // the state before it; the log up to it
    std::shared_ptr<const Story> story_;
    std::shared_ptr<ScriptHost> host_;
    SessionState state_;
    LoopGuard loops_;  // where this play-through has rested, to report loops
};

}  // namespace fd
