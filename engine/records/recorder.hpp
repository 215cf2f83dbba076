// Records one play-through as it happens. The Recorder observes a Session from outside:
// after each move, observe() reads the events the session has logged since the last
// call and writes them — attempt, encounter starts and outcomes, decisions, the profile,
// and their xAPI statements' rows in the outbox — in one transaction, so a kill loses at
// most the move in flight. Statements are queued whether or not an LRS is configured
// (nothing is sent without one): an LRS configured later receives the earlier play too.
// A session played in another language records ids, the story's English titles (its
// source, Story::source) and the language's code: nothing in the language played.
#pragma once
#include <functional>
#include <string>

#include "lrs_config.hpp"
#include "records_store.hpp"
#include "records_time.hpp"
#include "session.hpp"
#include "xapi.hpp"

namespace fd {

class Recorder {
public:
    // Starts an attempt for `player` at the session's current place; with `resume`
    // (a game continued from its save) goes on in the player's unfinished attempt at
    // this story when there is one.
    Recorder(Db& db, const Player& player, const LrsConfig& config, const Session& s,
             RecordsClock clock = system_seconds, bool resume = false);
    void observe(const Session& s);
    // Called after a commit that queued statements (the game wakes its sender).
    void on_queued(std::function<void()> f) { on_queued_ = std::move(f); }

    const std::string& registration() const { return ctx_.registration; }
    long long attempt_id() const { return attempt_; }
    bool finished() const { return finished_; }

private:
    bool adopt(const Player& player, const Session& s);
    void begin_encounter(const Session& s, const std::string& stage, double now);
    void record_decision(const Session& s, const Event& ev, double now);
    void record_ending(const Event& ev, double now);
    void finish(const Session& s, double now);
    void queue(const std::string& kind, int seq);
    const Story& english(const Session& s) const;

    Db& db_;
    RecordsStore store_;
    XapiContext ctx_;
    RecordsClock clock_;
    std::function<void()> on_queued_;
    long long attempt_ = 0;
    std::size_t seen_ = 0;  // log events already recorded
    double started_ = 0, last_mark_ = 0, encounter_started_ = 0;
    EncounterStart open_;
    bool encounter_open_ = false, finished_ = false;
    int decisions_ = 0, encounters_ = 0, queued_ = 0;
};

}  // namespace fd
