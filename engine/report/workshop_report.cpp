// Gathers a workshop's save and votes into a WorkshopReport (see workshop_report.hpp).
#include "workshop_report.hpp"

#include <map>

#include "room_vote.hpp"

namespace fd {

std::string mode_title(Mode m) {
    std::string s = mode_name(m);
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

namespace {

const RoomVoteRecord* vote_at(const std::vector<RoomVoteRecord>& votes, std::size_t index, const Event& ev) {
    for (const auto& v : votes)
        if (v.log_index == index && v.stage == ev.stage && v.beat == ev.beat) return &v;
    return nullptr;
}

ReportDecision decision_of(const Story& story, const Event& ev, const RoomVoteRecord* v) {
    ReportDecision d;
    d.stage = ev.stage;
    d.beat = ev.beat;
    d.played = *ev.mode;
    const Stage* st = story.stage(ev.stage);
    const Beat* b = st ? st->encounter->beat(ev.beat) : nullptr;
    d.encounter = st ? st->encounter->title : ev.stage;
    if (b && b->kind == BeatKind::Decision) {
        d.customer_said = b->text;
        d.prompt = b->prompt;
        for (const Answer& a : b->answers) {
            ReportAnswer r{a.mode, a.says, a.why, a.fit, 0};
            if (v) r.hands = v->counts[static_cast<std::size_t>(mode_index(a.mode))];
            d.answers.push_back(r);
        }
        if (const Answer* best = b->best_answer()) d.best = best->mode;
    }
    if (v) {
        Tally t = tally_votes(v->counts);
        d.total_hands = t.total;
        d.voted = t.total > 0;
        d.split = room_split(t);
        d.overridden = v->overridden;
        d.tie = v->tie;
    }
    return d;
}

}  // namespace

WorkshopReport build_workshop_report(const Story& story, const SaveGame& save, const std::vector<RoomVoteRecord>& votes) {
    WorkshopReport r;
    r.group = save.player;
    r.story_title = story.title;
    r.finished = save.state.finished;
    const auto& log = save.state.log;
    std::map<std::string, int> nth;
    std::vector<RoomVoteRecord> matched;
    for (std::size_t i = 0; i < log.size(); ++i) {
        const Event& ev = log[i];
        if (ev.kind != EventKind::Decision || !ev.mode) continue;
        if (r.encounters.empty() || r.encounters.back().stage != ev.stage) {
            const Stage* st = story.stage(ev.stage);
            r.encounters.push_back({ev.stage, st ? st->encounter->title : ev.stage, ""});
        }
        const RoomVoteRecord* v = vote_at(votes, i, ev);
        if (v) matched.push_back(*v);
        ReportDecision d = decision_of(story, ev, v);
        d.number = ++nth[ev.stage];
        r.decisions.push_back(std::move(d));
    }
    for (const StageResult& res : save.state.results)
        for (auto& e : r.encounters)
            if (e.stage == res.stage) e.outcome = res.outcome;
    r.profile = room_profile(matched);
    return r;
}

}  // namespace fd
