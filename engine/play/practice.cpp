// practise: a scratch session at the state just before a decision on record,
// one answer chosen there, and what it did.
#include "practice.hpp"

#include <algorithm>

namespace fd {

bool can_practise(const Session& s, std::size_t log_index) {
    const SessionState& st = s.state();
    if (st.finished || log_index >= st.log.size() || s.beat().kind != BeatKind::Ending) return false;
    const Event& ev = st.log[log_index];
    return ev.kind == EventKind::Decision && ev.mode && ev.stage == st.stage;
}

namespace {

// The session's state as it was when the player faced the decision at `index`.
SessionState rewound(const SessionState& now, std::size_t index) {
    SessionState st = now;
    const Event& ev = now.log[index];
    st.stage = ev.stage;
    st.beat = ev.beat;
    st.customer = ev.before.customer;
    st.business = ev.before.business;
    st.flags = ev.before.flags;
    st.story = ev.before.story;
    st.log.erase(st.log.begin() + static_cast<long>(index), st.log.end());
    st.finished = false;
    // The encounter is over on record: take it out of the campaign's results again.
    while (!st.results.empty() && st.results.back().stage == ev.stage) {
        st.totals.money -= st.results.back().final.business.money;
        st.totals.reputation -= st.results.back().final.business.reputation;
        st.results.pop_back();
    }
    st.outcomes.erase(ev.stage);
    return st;
}

}  // namespace

PracticeTry practise(const Session& s, std::size_t log_index, Mode m) {
    if (!can_practise(s, log_index)) throw SessionMisuse("this decision cannot be practised now");
    Session scratch(s.story_ptr(), s.host_ptr(), rewound(s.state(), log_index));
    if (!scratch.at_decision() || scratch.state().beat != s.state().log[log_index].beat)
        throw SessionMisuse("the decision is no longer in the story");  // an edit took it out
    PracticeTry t;
    t.log_index = log_index;
    t.stage = scratch.state().stage;
    t.beat = scratch.state().beat;
    t.mode = m;
    if (const Answer* a = scratch.beat().answer(m)) {
        t.says = a->says;
        t.reaction = a->reaction;
        t.why = a->why;
    }
    std::size_t at = scratch.state().log.size();
    scratch.choose(m);
    const Event& ev = scratch.state().log.at(at);
    t.fit = ev.fit;
    t.best_fit = ev.best_fit;
    t.before = ev.before;
    t.after = ev.after;
    if (!scratch.finished()) t.then = scratch.beat().text;
    if (!scratch.finished() && scratch.beat().kind == BeatKind::Ending) t.outcome = scratch.beat().outcome;
    else if (!scratch.state().results.empty() && scratch.state().results.back().stage == t.stage)
        t.outcome = scratch.state().results.back().outcome;
    return t;
}

}  // namespace fd
