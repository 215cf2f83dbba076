#include "session.hpp"

#include "rules.hpp"
#include "script_calls.hpp"

namespace fd {

const char* event_kind_name(EventKind k) {
    switch (k) {
        case EventKind::Narration: return "narration";
        case EventKind::Decision: return "decision";
        case EventKind::Ending: return "ending";
    }
    return "?";
}

Session::Session(std::shared_ptr<const Story> story, std::uint64_t seed, Flags story_flags,
                 std::map<std::string, std::string> outcomes)
    : story_(std::move(story)) {
    state_.rng = seed;
    state_.story = std::move(story_flags);
    state_.outcomes = std::move(outcomes);
    start_stage(story_->start);
}

Session::Session(std::shared_ptr<const Story> story, SessionState saved)
    : story_(std::move(story)), state_(std::move(saved)) {
    relocate();
}

const Stage& Session::stage() const {
    const Stage* s = story_->stage(state_.stage);
    if (!s) throw SessionMisuse("session is at unknown stage '" + state_.stage + "'");
    return *s;
}

const Beat& Session::beat() const {
    const Beat* b = encounter().beat(state_.beat);
    if (!b) throw SessionMisuse("session is at unknown beat '" + state_.beat + "'");
    return *b;
}

void Session::start_stage(const std::string& stage_id) {
    const Stage* st = story_->stage(stage_id);
    if (!st) throw ScriptError(story_->file, 0, "no stage '" + stage_id + "' in this campaign");
    const Customer& c = st->encounter->customer;
    state_.stage = stage_id;
    state_.customer = {c.trust, c.wall, c.mood};
    state_.business = {};
    state_.flags.clear();
    enter(st->encounter->start);
}

void Session::enter(std::string beat_id) {
    const Encounter& e = encounter();
    for (int hops = 0;; ++hops) {
        const Beat* b = e.beat(beat_id);
        if (!b) throw ScriptError(e.file, 0, "the story went to beat '" + beat_id + "', which does not exist");
        if (hops > 1000) throw ScriptError(e.file, b->spot.line, "routes loop forever through '" + beat_id + "'");
        if (b->kind == BeatKind::Route) {
            std::string next = b->otherwise;
            for (const auto& c : b->cases)
                if (evaluate_condition(*e.sandbox, c.condition_ref, state_)) {
                    next = c.next;
                    break;
                }
            beat_id = next;
            continue;
        }
        state_.beat = b->id;
        if (b->kind == BeatKind::Narration) {
            Event ev{EventKind::Narration, state_.stage, b->id, {}, 0, 0, {}, state_.snapshot(), {}};
            apply_effects(resolve_effects(*e.sandbox, b->effects, state_), state_);
            ev.after = state_.snapshot();
            state_.log.push_back(std::move(ev));
        } else if (b->kind == BeatKind::Ending) {
            finish_stage(*b);
        }
        return;
    }
}

void Session::finish_stage(const Beat& ending) {
    const Encounter& e = encounter();
    Event ev{EventKind::Ending, state_.stage, ending.id, {}, 0, 0, ending.outcome, state_.snapshot(), {}};
    apply_effects(resolve_effects(*e.sandbox, ending.effects, state_), state_);
    state_.business.money += outcome_money(ending.outcome, e.customer.value);
    ev.after = state_.snapshot();
    state_.log.push_back(std::move(ev));
    state_.outcomes[state_.stage] = ending.outcome;
    state_.totals.money += state_.business.money;
    state_.totals.reputation += state_.business.reputation;
    state_.results.push_back({state_.stage, e.id, ending.id, ending.outcome, state_.snapshot()});
}

void Session::choose(Mode m) {
    if (!at_decision()) throw SessionMisuse("choose() called when the story is not at a decision");
    const Beat& b = beat();
    const Answer* a = b.answer(m);
    SessionState before = state_;
    try {
        Event ev{EventKind::Decision, state_.stage, b.id, m, a->fit, b.best_fit(), {}, state_.snapshot(), {}};
        apply_effects(resolve_effects(*encounter().sandbox, a->effects, state_), state_);
        ev.after = state_.snapshot();
        state_.log.push_back(std::move(ev));
        enter(a->next);
    } catch (const ScriptError&) {
        state_ = std::move(before);
        throw;
    }
}

void Session::proceed() {
    if (finished()) throw SessionMisuse("proceed() called after the story finished");
    const Beat& b = beat();
    SessionState before = state_;
    try {
        if (b.kind == BeatKind::Narration) {
            enter(b.next);
        } else if (b.kind == BeatKind::Ending) {
            const Stage& st = stage();
            std::optional<std::string> next;
            if (st.next_ref != -2)
                next = call_stage_next(*story_->sandbox, st.next_ref, state_);
            else if (!st.next.empty())
                next = st.next;
            if (next && !story_->stage(*next))
                throw ScriptError(story_->file, st.spot.field("next"),
                                  "stage '" + st.id + "' goes to stage '" + *next + "', which is not in this campaign");
            if (next)
                start_stage(*next);
            else
                state_.finished = true;
        } else {
            throw SessionMisuse("proceed() called at a decision: choose an answer");
        }
    } catch (const ScriptError&) {
        state_ = std::move(before);
        throw;
    }
}

void Session::relocate() {
    if (!story_->stage(state_.stage)) {
        // The stage itself is gone: start again from the campaign's start.
        state_.finished = false;
        start_stage(story_->start);
        return;
    }
    if (state_.finished || encounter().beat(state_.beat)) return;
    // Nearest earlier decision of this stage that still exists.
    for (auto it = state_.log.rbegin(); it != state_.log.rend(); ++it) {
        if (it->stage != state_.stage) break;
        if (it->kind == EventKind::Decision && encounter().beat(it->beat)) {
            state_.beat = it->beat;
            return;
        }
    }
    state_.beat = encounter().start;
    if (beat().kind == BeatKind::Route) enter(encounter().start);
}

void Session::replace_story(std::shared_ptr<const Story> story) {
    story_ = std::move(story);
    relocate();
}

void Session::jump_to(const std::string& beat_id) {
    if (!encounter().beat(beat_id)) throw SessionMisuse("no beat '" + beat_id + "' in this encounter");
    state_.finished = false;
    enter(beat_id);
}

}  // namespace fd
