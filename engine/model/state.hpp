// The session state: what the customer feels, what the business gained or lost,
// the story so far, and the log every debrief and report is made from.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mode.hpp"
#include "values.hpp"

namespace fd {

struct CustomerState {
    int trust = 50;
    int wall = 0;
    std::string mood = "neutral";
    bool operator==(const CustomerState& o) const { return trust == o.trust && wall == o.wall && mood == o.mood; }
};

struct BusinessState {
    long long money = 0;
    int reputation = 0;
    bool operator==(const BusinessState& o) const { return money == o.money && reputation == o.reputation; }
};

struct Snapshot {
    CustomerState customer;
    BusinessState business;
    Flags flags;  // this encounter's
    Flags story;  // campaign-wide
};

enum class EventKind { Narration, Decision, Ending };
const char* event_kind_name(EventKind k);

struct Event {
    EventKind kind = EventKind::Narration;
    std::string stage;  // stage id (the encounter id when playing one encounter)
    std::string beat;
    std::optional<Mode> mode;  // decisions
    std::string answer;        // decisions: the chosen answer's id
    int fit = 0;               // fit of the chosen answer
    int best_fit = 0;          // highest fit offered at that decision
    int offered_trust = 0;     // the trust change the effects asked for
    int landed_trust = 0;      // what the wall let through of it (before clamping to 0..100)
    std::string outcome;       // endings
    Snapshot before, after;
};

struct StageResult {
    std::string stage, encounter, ending, outcome;
    Snapshot final;
};

struct SessionState {
    std::string stage;
    std::string beat;  // where play rests: a narration, a decision or an ending
    CustomerState customer;
    BusinessState business;  // this encounter
    Flags flags;             // this encounter
    Flags story;             // campaign-wide
    std::map<std::string, std::string> outcomes;  // stage id -> outcome
    BusinessState totals;                         // all finished encounters
    std::vector<StageResult> results;
    std::vector<Event> log;
    std::uint64_t rng = 1;
    bool finished = false;  // the whole campaign (or lone encounter) is over

    Snapshot snapshot() const { return {customer, business, flags, story}; }
};

}  // namespace fd
