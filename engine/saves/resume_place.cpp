// The rule for resuming a save whose stage is no longer in the campaign.
#include "resume_place.hpp"

#include <algorithm>

#include "limits.hpp"

namespace fd {

namespace {

bool finished_stage(const SessionState& state, const std::string& id) { return state.outcomes.count(id) > 0; }

// The stage after `done` that is still to be played: its `next`, else the next one
// listed in the campaign; "" when none is left.
std::string stage_after(const Story& story, const Stage& done, const SessionState& state) {
    if (const Stage* next = story.stage(done.next); next && !finished_stage(state, next->id)) return next->id;
    auto it = std::find_if(story.stages.begin(), story.stages.end(), [&](const Stage& s) { return s.id == done.id; });
    if (it == story.stages.end()) return "";
    for (++it; it != story.stages.end(); ++it)
        if (!finished_stage(state, it->id)) return it->id;
    return "";
}

// The last finished stage that the campaign still has, or null.
const Stage* last_finished(const Story& story, const SessionState& state) {
    for (auto r = state.results.rbegin(); r != state.results.rend(); ++r)
        if (const Stage* s = story.stage(r->stage)) return s;
    return nullptr;
}

std::string title_of(const Story& story, const std::string& id) {
    const Stage* s = story.stage(id);
    return s && s->encounter && !s->encounter->title.empty() ? s->encounter->title : id;
}

}  // namespace

ResumeMove resume_place(const Story& story, SessionState& state) {
    ResumeMove move;
    if (story.stages.empty()) return move;
    if (const Stage* here = story.stage(state.stage)) {
        if (state.finished || !here->encounter || here->encounter->beat(state.beat)) return move;
        move.kind = ResumeMove::Kind::PlaceGone;
        move.gone = clipped(state.beat);
        move.encounter = title_of(story, here->id);
        return move;
    }
    move.gone = clipped(state.stage);
    const Stage* done = last_finished(story, state);
    if (state.finished) {  // the campaign was over: stay at its summary
        state.stage = done ? done->id : story.start;
        return move;
    }
    std::string target = done ? stage_after(story, *done, state) : "";
    move.kind = target.empty() ? ResumeMove::Kind::ToStart : ResumeMove::Kind::ToNext;
    move.resumed_at = title_of(story, target.empty() ? story.start : target);
    if (!target.empty()) move.after = title_of(story, done->id);
    state.stage = target.empty() ? story.start : target;
    state.beat.clear();  // the session starts the stage afresh
    return move;
}

}  // namespace fd
