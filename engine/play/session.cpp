// Session: moving through beats and stages, calling the story's scripts through its ScriptHost.
#include "session.hpp"

#include <algorithm>

#include "rules.hpp"

namespace fd {

const char* event_kind_name(EventKind k) {
    switch (k) {
        case EventKind::Narration: return "narration";
        case EventKind::Decision: return "decision";
        case EventKind::Ending: return "ending";
    }
    return "?";
}

Session::Session(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host, std::uint64_t seed,
                 Flags story_flags, std::map<std::string, std::string> outcomes)
    : story_(std::move(story)), host_(std::move(host)) {
    if (!host_) throw SessionMisuse("a session needs its story's ScriptHost");
    state_.rng = seed;
    state_.story = std::move(story_flags);
    state_.outcomes = std::move(outcomes);
    start_stage(story_->start);
}

Session::Session(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host, SessionState saved)
    : story_(std::move(story)), host_(std::move(host)), state_(std::move(saved)) {
    if (!host_) throw SessionMisuse("a session needs its story's ScriptHost");
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

Event Session::event_here(EventKind kind, const Beat& b) const {
    Event ev;
    ev.kind = kind;
    ev.stage = state_.stage;
    ev.beat = b.id;
    ev.before = state_.snapshot();
    return ev;
}

CallSite Session::at(const std::string& beat) const {
    return {beat, story_->is_campaign ? std::string_view(state_.stage) : std::string_view()};
}

void Session::apply_logged(const Effects& resolved, Event& ev) {
    check_flags_room(resolved, ev);
    ev.offered_trust = resolved.trust;
    ev.landed_trust = landed_trust_change(resolved.trust, state_.customer.wall);
    apply_effects(resolved, state_);
    ev.after = state_.snapshot();
    state_.log.push_back(std::move(ev));
}

// Plain effects were checked one table at a time when the script loaded; what they
// add up to over a play-through is checked here, at the beat (or answer) that adds it.
void Session::check_flags_room(const Effects& fx, const Event& ev) const {
    std::string problem = flags_room_problem(state_.flags, fx.flags, "flags");
    if (problem.empty()) problem = flags_room_problem(state_.story, fx.story, "story");
    if (problem.empty()) return;
    const Beat* b = encounter().beat(ev.beat);
    const Answer* a = b && ev.mode ? b->answer(*ev.mode) : nullptr;
    int line = a ? a->spot.field("effects") : b ? b->spot.field("effects") : 0;
    throw ScriptError(encounter().file, line, "the effects here: " + problem, {}, code::over_limit).at(ev.beat, story_->is_campaign ? ev.stage : "");
}

namespace {
bool current_stage_recorded(const SessionState& st) {
    // Resting at this encounter's ending: its result is the last one recorded.
    return !st.finished && !st.log.empty() && st.log.back().kind == EventKind::Ending &&
           st.log.back().stage == st.stage && !st.results.empty();
}
}  // namespace

BusinessState Session::totals_before_this_encounter() const {
    BusinessState t = state_.totals;
    if (current_stage_recorded(state_)) {
        t.money -= state_.results.back().final.business.money;
        t.reputation -= state_.results.back().final.business.reputation;
    }
    return t;
}

std::size_t Session::encounters_before_this_one() const {
    return state_.results.size() - (current_stage_recorded(state_) ? 1 : 0);
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
        if (!b) throw ScriptError(e.file, 0, "the story went to beat '" + beat_id + "', which does not exist", {}, code::unknown_beat);
        if (hops > 1000) throw ScriptError(e.file, b->spot.line, "routes loop forever through '" + beat_id + "'", {}, code::no_ending);
        if (b->kind == BeatKind::Route) {
            std::string next = b->otherwise;
            for (const auto& c : b->cases)
                if (host_->evaluate_condition(c.condition, state_, at(b->id))) {
                    next = c.next;
                    break;
                }
            beat_id = next;
            continue;
        }
        state_.beat = b->id;
        if (b->kind == BeatKind::Narration) {
            Event ev = event_here(EventKind::Narration, *b);
            apply_logged(host_->resolve_effects(b->effects, state_, at(b->id)), ev);
        } else if (b->kind == BeatKind::Ending) {
            finish_stage(*b);
        }
        return;
    }
}

void Session::finish_stage(const Beat& ending) {
    const Encounter& e = encounter();
    Event ev = event_here(EventKind::Ending, ending);
    ev.outcome = ending.outcome;
    Effects fx = host_->resolve_effects(ending.effects, state_, at(ending.id));
    fx.money += outcome_money(ending.outcome, e.customer.value);
    apply_logged(fx, ev);
    state_.outcomes[state_.stage] = ending.outcome;
    state_.totals.money = std::clamp(state_.totals.money + state_.business.money, -kMaxMoney, kMaxMoney);
    state_.totals.reputation =
        std::clamp(state_.totals.reputation + state_.business.reputation, -kMaxReputation, kMaxReputation);
    state_.results.push_back({state_.stage, e.id, ending.id, ending.outcome, state_.snapshot()});
}

void Session::choose(Mode m) {
    if (!at_decision()) throw SessionMisuse("choose() called when the story is not at a decision");
    const Beat& b = beat();
    const Answer* a = b.answer(m);
    SessionState before = state_;
    try {
        Event ev = event_here(EventKind::Decision, b);
        ev.mode = m;
        ev.answer = a->id;
        ev.fit = a->fit;
        ev.best_fit = b.best_fit();
        apply_logged(host_->resolve_effects(a->effects, state_, at(b.id)), ev);
        enter(a->next);
        loops_.check_rest(*story_, before, state_);
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
            if (st.next_function.valid())
                next = host_->stage_next(st.next_function, state_, {b.id, st.id});
            else if (!st.next.empty())
                next = st.next;
            if (next && !story_->stage(*next))
                throw ScriptError(story_->file, st.spot.field("next"),
                                  "stage '" + st.id + "' goes to stage '" + *next + "', which is not in this campaign");
            if (next) {
                loops_.check_stage_entry(*story_, st, state_, *next);
                start_stage(*next);
            } else {
                state_.finished = true;
            }
        } else {
            throw SessionMisuse("proceed() called at a decision: choose an answer");
        }
        loops_.check_rest(*story_, before, state_);
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
    if (state_.finished) return;
    if (const Beat* here = encounter().beat(state_.beat)) {
        // Play never rests at a route: one saved there (or a decision rewritten as a
        // route by a hot reload) goes on through it.
        if (here->kind == BeatKind::Route) enter(here->id);
        return;
    }
    // Back to the nearest earlier decision of this stage that still is one, as it
    // was before that answer: its effects are taken back and the log forgets it.
    auto first_of_stage = state_.log.end();
    for (auto it = state_.log.end(); it != state_.log.begin();) {
        --it;
        if (it->stage != state_.stage) break;
        first_of_stage = it;
        const Beat* b = encounter().beat(it->beat);
        if (it->kind == EventKind::Decision && b && b->kind == BeatKind::Decision) {
            rewind_to(it);
            return;
        }
    }
    // None left: the encounter starts again, with the campaign as it was when it began.
    if (first_of_stage != state_.log.end()) rewind_to(first_of_stage);
    start_stage(state_.stage);
}

void Session::rewind_to(std::vector<Event>::iterator event) {
    const Snapshot& s = event->before;
    state_.customer = s.customer;
    state_.business = s.business;
    state_.flags = s.flags;
    state_.story = s.story;
    state_.beat = event->beat;
    state_.log.erase(event, state_.log.end());
}

void Session::replace_story(std::shared_ptr<const Story> story, std::shared_ptr<ScriptHost> host) {
    if (!host) throw SessionMisuse("a session needs its story's ScriptHost");
    story_ = std::move(story);
    host_ = std::move(host);
    loops_.clear();
    relocate();
}

void Session::jump_to(const std::string& beat_id) {
    if (!encounter().beat(beat_id)) throw SessionMisuse("no beat '" + beat_id + "' in this encounter");
    state_.finished = false;
    loops_.clear();
    enter(beat_id);
}

}  // namespace fd
