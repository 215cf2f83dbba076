// Generates a records file of N players, each with one attempt through every encounter
// of a story, answering the story's real decisions at random: tools/bench_records. It
// writes what real play writes with no LRS configured (recorder.cpp): the records, each
// decision's situation, and one outbox row per statement (campaign and encounter
// initialized and completed, each decision answered), waiting.
//   fd_records_generate DB SCRIPT PLAYERS
#include <cstdio>
#include <random>

#include <nlohmann/json.hpp>

#include "outbox.hpp"
#include "records_store.hpp"
#include "records_time.hpp"
#include "story_loader.hpp"
#include "uuid.hpp"
#include "xapi.hpp"

namespace {

// The outbox row the recorder queues for an event.
void queue(fd::Db& db, long long attempt, const std::string& registration, const std::string& kind, int seq) {
    fd::Outbox(db).add(attempt, fd::statement_id(registration, fd::event_key(kind, seq)), kind, seq);
}

std::string situation(const fd::Stage& st, const fd::Beat& b) {
    nlohmann::json j = {{"sector", st.encounter->sector}, {"place", st.encounter->place}};
    for (const auto& [key, value] : b.situation.attributes) j[key] = value;
    return j.dump();
}

void one_attempt(fd::RecordsStore& store, const fd::Story& story, long long player, std::mt19937& rng, double t) {
    fd::AttemptStart a{fd::uuid_v4(), story.id, story.title, fd::iso_time(t), story.is_campaign,
                       static_cast<int>(story.stages.size())};
    long long id = store.start_attempt(player, a);
    fd::Db& db = store.db();
    if (story.is_campaign) queue(db, id, a.registration, "campaign/initialized", 0);
    fd::Profile profile;
    int seq = 0, stage_seq = 0;
    for (const auto& st : story.stages) {
        const fd::Encounter& e = *st.encounter;
        fd::EncounterStart es{stage_seq, st.id, e.id, e.title, fd::iso_time(t)};
        store.start_encounter(id, es);
        queue(db, id, a.registration, "encounter/initialized", es.seq);
        int trust = e.customer.trust;
        for (const auto& b : e.beats) {
            if (b.kind != fd::BeatKind::Decision || b.answers.empty()) continue;
            const fd::Answer& ans = b.answers[rng() % b.answers.size()];
            double secs = 5 + rng() % 40;
            t += secs;
            int after = std::max(0, std::min(100, trust + int(rng() % 21) - 10));
            store.add_decision(id, {seq, st.id, e.id, b.id, fd::mode_name(ans.mode), ans.id, fd::iso_time(t), ans.fit,
                                    b.best_fit(), secs, trust, after, 0, int(rng() % 3), "neutral", situation(st, b)});
            queue(db, id, a.registration, "decision", seq++);
            trust = after;
            ++profile.counts[static_cast<std::size_t>(fd::mode_index(ans.mode))];
            ++profile.decisions;
            profile.best_fit_choices += ans.fit >= b.best_fit();
            profile.mean.assertiveness += fd::mode_position(ans.mode).assertiveness;
            profile.mean.cooperativeness += fd::mode_position(ans.mode).cooperativeness;
        }
        const char* outcomes[] = {"won", "kept", "parted", "escalated", "lost"};
        store.finish_encounter(id, {stage_seq++, "end", outcomes[rng() % 5], fd::iso_time(t), long(rng() % 500) - 100,
                                    int(rng() % 7) - 3, 120});
        queue(db, id, a.registration, "encounter/completed", stage_seq - 1);
    }
    if (profile.decisions) {
        profile.mean.assertiveness /= profile.decisions;
        profile.mean.cooperativeness /= profile.decisions;
    }
    store.finish_attempt(id, fd::iso_time(t), 900, true, profile, long(rng() % 2000), int(rng() % 11) - 5);
    if (story.is_campaign) queue(db, id, a.registration, "campaign/completed", 0);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s DB SCRIPT PLAYERS\n", argv[0]);
        return 2;
    }
    fd::StoryLoad load = fd::load_story(argv[2]);
    if (!load.story) return 1;
    fd::Db db(argv[1]);
    fd::RecordsStore store(db);
    std::mt19937 rng(13);
    long n = std::atol(argv[3]);
    double t = 1.79e9;
    for (long i = 0; i < n;) {
        fd::Transaction tx(db);
        for (long k = 0; k < 500 && i < n; ++k, ++i) {
            fd::Player p = store.player("Player " + std::to_string(i), "p" + std::to_string(i) + "@example.com");
            one_attempt(store, *load.story, p.id, rng, t + double(i) * 60);
        }
        tx.commit();
    }
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    std::printf("%ld players\n", n);
    return 0;
}
