// Turns a session's log into records and statements (recorder.hpp).
#include "recorder.hpp"

#include "outbox.hpp"
#include "uuid.hpp"

namespace fd {

Recorder::Recorder(Db& db, const Player& player, const LrsConfig& config, const Session& s, RecordsClock clock,
                   bool resume)
    : db_(db), store_(db), clock_(std::move(clock)) {
    const Story& story = english(s);
    std::string language = s.story().language.empty() ? "en" : s.story().language;
    ctx_ = {config, player, uuid_v4(), story.id, story.title.empty() ? story.id : story.title, story.is_campaign,
            language};
    started_ = last_mark_ = clock_();
    if (resume && adopt(player, s)) return;
    Transaction t(db_);
    AttemptStart a{ctx_.registration, ctx_.story_id, ctx_.story_title, iso_time(started_), story.is_campaign,
                   static_cast<int>(story.stages.size()), language};
    attempt_ = store_.start_attempt(player.id, a);
    if (ctx_.is_campaign) queue("campaign/initialized", 0);
    seen_ = s.state().log.size();  // a session resumed from a save: only what happens from now on
    if (!s.finished() && s.beat().kind != BeatKind::Ending) begin_encounter(s, s.state().stage, started_);
    t.commit();
    if (queued_ && on_queued_) on_queued_();
}

// Goes on in the player's unfinished attempt: its registration, its numbering, its open
// encounter (timed from now: the time away is not time on task).
bool Recorder::adopt(const Player& player, const Session& s) {
    std::optional<UnfinishedAttempt> u = store_.unfinished_attempt(player.id, ctx_.story_id);
    if (!u) return false;
    attempt_ = u->id;
    ctx_.registration = u->registration;
    decisions_ = u->decisions;
    encounters_ = u->encounters;
    encounter_open_ = u->encounter_open;
    open_ = u->last;
    encounter_started_ = started_;
    seen_ = s.state().log.size();
    return true;
}

const Story& Recorder::english(const Session& s) const {
    return s.story().source ? *s.story().source : s.story();
}

void Recorder::queue(const std::string& kind, int seq) {
    // Queued even with no LRS configured: they stay on this machine until one is.
    Outbox(db_).add(attempt_, statement_id(ctx_.registration, event_key(kind, seq)), kind, seq);
    ++queued_;
}

void Recorder::begin_encounter(const Session& s, const std::string& stage, double now) {
    const Stage* st = english(s).stage(stage);
    if (!st) return;
    open_ = {encounters_++, stage, st->encounter->id, st->encounter->title.empty() ? st->encounter->id : st->encounter->title,
             iso_time(now)};
    encounter_started_ = now;
    store_.start_encounter(attempt_, open_);
    queue("encounter/initialized", open_.seq);
    encounter_open_ = true;
}

void Recorder::record_decision(const Session& s, const Event& ev, double now) {
    const Stage* st = english(s).stage(ev.stage);
    const Encounter* enc = st ? st->encounter.get() : nullptr;
    nlohmann::json situation = nlohmann::json::object();
    if (enc) {
        situation["sector"] = enc->sector;
        situation["place"] = enc->place;
        if (const Beat* b = enc->beat(ev.beat))
            for (const auto& [key, value] : b->situation.attributes) situation[key] = value;
    }
    DecisionRecord d{decisions_++, ev.stage, enc ? enc->id : ev.stage, ev.beat, ev.mode ? mode_name(*ev.mode) : "",
                     ev.answer, iso_time(now), ev.fit, ev.best_fit, now - last_mark_,
                     ev.before.customer.trust, ev.after.customer.trust, ev.before.customer.wall,
                     ev.after.customer.wall, ev.before.customer.mood, situation.dump()};
    store_.add_decision(attempt_, d);
    queue("decision", d.seq);
}

void Recorder::record_ending(const Event& ev, double now) {
    EncounterEnd e{open_.seq, ev.beat, ev.outcome, iso_time(now), ev.after.business.money,
                   ev.after.business.reputation, now - encounter_started_};
    store_.finish_encounter(attempt_, e);
    encounter_open_ = false;
    queue("encounter/completed", e.seq);
}

void Recorder::finish(const Session& s, double now) {
    finished_ = true;
    Profile profile = compute_profile(s.state().log);
    std::string at = iso_time(now);
    store_.finish_attempt(attempt_, at, now - started_, true, profile, s.state().totals.money,
                          s.state().totals.reputation);
    if (ctx_.is_campaign) queue("campaign/completed", 0);
}

void Recorder::observe(const Session& s) {
    const auto& log = s.state().log;
    if (finished_ || log.size() < seen_) return;
    double now = clock_();
    queued_ = 0;
    Transaction t(db_);
    for (std::size_t i = seen_; i < log.size(); ++i) {
        const Event& ev = log[i];
        if (!encounter_open_) begin_encounter(s, ev.stage, now);
        if (ev.kind == EventKind::Decision) record_decision(s, ev, now);
        if (ev.kind == EventKind::Ending) record_ending(ev, now);
        last_mark_ = now;
    }
    seen_ = log.size();
    bool lone_done = !s.story().is_campaign && !encounter_open_ && encounters_ > 0;
    if (s.finished() || lone_done)
        finish(s, now);
    else if (!encounter_open_ && s.beat().kind != BeatKind::Ending)
        begin_encounter(s, s.state().stage, now);
    t.commit();
    if (queued_ && on_queued_) on_queued_();
}

}  // namespace fd
