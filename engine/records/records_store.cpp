// The SQL behind records_store.hpp.
#include "records_store.hpp"

#include <nlohmann/json.hpp>

#include "records_time.hpp"

namespace fd {

std::string Player::label() const {
    std::string extra = !email.empty() ? email : employee_id;
    return extra.empty() ? name : name + " (" + extra + ")";
}

Player RecordsStore::player(const std::string& name, const std::string& email, const std::string& employee_id) {
    Stmt find(db_, "SELECT id FROM players WHERE name=?1 AND email=?2 AND employee_id=?3");
    find.bind(1, name).bind(2, email).bind(3, employee_id);
    Player p{0, name, email, employee_id};
    if (find.step()) {
        p.id = find.i64(0);
        return p;
    }
    Stmt add(db_, "INSERT INTO players(name, email, employee_id, created_at) VALUES(?1, ?2, ?3, ?4)");
    add.bind(1, name).bind(2, email).bind(3, employee_id).bind(4, iso_time(system_seconds())).run();
    p.id = db_.last_insert_id();
    return p;
}

std::vector<Player> RecordsStore::players() {
    std::vector<Player> out;
    Stmt s(db_, "SELECT id, name, email, employee_id FROM players ORDER BY name, email, employee_id");
    while (s.step()) out.push_back({s.i64(0), s.text(1), s.text(2), s.text(3)});
    return out;
}

std::vector<AttemptSummary> RecordsStore::attempts_of(long long player_id) {
    std::vector<AttemptSummary> out;
    Stmt s(db_,
           "SELECT a.id, registration, story_id, story_title, started_at, COALESCE(finished_at, ''), completed, "
           "stages_total, seconds, "
           "(SELECT COUNT(*) FROM encounters e WHERE e.attempt_id=a.id AND e.outcome IS NOT NULL), "
           "(SELECT COUNT(*) FROM decisions d WHERE d.attempt_id=a.id), "
           "(SELECT COUNT(*) FROM decisions d WHERE d.attempt_id=a.id AND d.fit>=d.best_fit) "
           "FROM attempts a WHERE player_id=?1 ORDER BY started_at, a.id");
    s.bind(1, player_id);
    while (s.step())
        out.push_back({s.i64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.i64(6) != 0,
                       int(s.i64(7)), int(s.i64(9)), int(s.i64(10)), int(s.i64(11)), s.f64(8)});
    return out;
}

namespace {
const char* const kDecisionColumns =
    "SELECT seq, stage, encounter, beat, mode, answer, at, fit, best_fit, seconds, trust_before, trust_after, "
    "wall_before, wall_after, mood, COALESCE((SELECT json FROM situations WHERE id=situation_id), '{}') "
    "FROM decisions ";

DecisionRecord decision_row(const Stmt& s) {
    return {int(s.i64(0)), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), int(s.i64(7)),
            int(s.i64(8)), s.f64(9), int(s.i64(10)), int(s.i64(11)), int(s.i64(12)), int(s.i64(13)), s.text(14), s.text(15)};
}
}  // namespace

std::vector<DecisionRecord> RecordsStore::decisions_of(long long attempt_id) {
    std::vector<DecisionRecord> out;
    Stmt s(db_, (std::string(kDecisionColumns) + "WHERE attempt_id=?1 ORDER BY seq").c_str());
    s.bind(1, attempt_id);
    while (s.step()) out.push_back(decision_row(s));
    return out;
}

std::optional<DecisionRecord> RecordsStore::decision(long long attempt_id, int seq) {
    Stmt s(db_, (std::string(kDecisionColumns) + "WHERE attempt_id=?1 AND seq=?2").c_str());
    s.bind(1, attempt_id).bind(2, seq);
    if (!s.step()) return std::nullopt;
    return decision_row(s);
}

Profile profile_from_row(const std::string& counts, int decisions, int best_fit_choices, double assertiveness,
                         double cooperativeness) {
    Profile p;
    p.mean = {assertiveness, cooperativeness};
    p.decisions = decisions;
    p.best_fit_choices = best_fit_choices;
    nlohmann::json j = nlohmann::json::parse(counts, nullptr, false);
    for (Mode m : kAllModes)
        if (j.is_object() && j.contains(mode_name(m)) && j[mode_name(m)].is_number_integer())
            p.counts[static_cast<std::size_t>(mode_index(m))] = j[mode_name(m)].get<int>();
    return p;
}

std::optional<Profile> RecordsStore::profile_of(long long attempt_id) {
    Stmt s(db_,
           "SELECT counts, decisions, best_fit_choices, assertiveness, cooperativeness FROM profiles "
           "WHERE attempt_id=?1");
    s.bind(1, attempt_id);
    if (!s.step()) return std::nullopt;
    return profile_from_row(s.text(0), int(s.i64(1)), int(s.i64(2)), s.f64(3), s.f64(4));
}

std::optional<UnfinishedAttempt> RecordsStore::unfinished_attempt(long long player_id, const std::string& story_id) {
    Stmt a(db_,
           "SELECT id, registration, (SELECT COUNT(*) FROM decisions d WHERE d.attempt_id=attempts.id) FROM attempts "
           "WHERE player_id=?1 AND story_id=?2 AND finished_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1");
    a.bind(1, player_id).bind(2, story_id);
    if (!a.step()) return std::nullopt;
    UnfinishedAttempt u;
    u.id = a.i64(0);
    u.registration = a.text(1);
    u.decisions = int(a.i64(2));
    Stmt e(db_,
           "SELECT seq, stage, encounter, title, started_at, outcome IS NULL FROM encounters WHERE attempt_id=?1 "
           "ORDER BY seq DESC LIMIT 1");
    e.bind(1, u.id);
    if (e.step()) {
        u.last = {int(e.i64(0)), e.text(1), e.text(2), e.text(3), e.text(4)};
        u.encounters = u.last.seq + 1;
        u.encounter_open = e.i64(5) != 0;
    }
    return u;
}

int RecordsStore::delete_player(long long player_id) {
    Transaction t(db_);
    Stmt count(db_, "SELECT COUNT(*) FROM attempts WHERE player_id=?1");
    count.bind(1, player_id).step();
    int n = int(count.i64(0));
    // The cascade removes attempts, encounters, decisions, profiles and the outbox rows.
    Stmt del(db_, "DELETE FROM players WHERE id=?1");
    del.bind(1, player_id).run();
    t.commit();
    return n;
}

long long RecordsStore::start_attempt(long long player_id, const AttemptStart& a) {
    Stmt s(db_,
           "INSERT INTO attempts(registration, player_id, story_id, story_title, is_campaign, stages_total, "
           "started_at, language) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, a.registration).bind(2, player_id).bind(3, a.story_id).bind(4, a.story_title);
    s.bind(5, a.is_campaign ? 1 : 0).bind(6, a.stages_total).bind(7, a.at).bind(8, a.language).run();
    return db_.last_insert_id();
}

void RecordsStore::start_encounter(long long attempt_id, const EncounterStart& e) {
    Stmt s(db_,
           "INSERT INTO encounters(attempt_id, seq, stage, encounter, title, started_at) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, attempt_id).bind(2, e.seq).bind(3, e.stage).bind(4, e.encounter).bind(5, e.title).bind(6, e.at).run();
}

void RecordsStore::finish_encounter(long long attempt_id, const EncounterEnd& e) {
    Stmt s(db_,
           "UPDATE encounters SET finished_at=?3, ending=?4, outcome=?5, money=?6, reputation=?7, seconds=?8 "
           "WHERE attempt_id=?1 AND seq=?2");
    s.bind(1, attempt_id).bind(2, e.seq).bind(3, e.at).bind(4, e.ending).bind(5, e.outcome);
    s.bind(6, e.money).bind(7, e.reputation).bind(8, e.seconds).run();
}

// The id of this situation, kept once however many decisions share it.
long long RecordsStore::situation_id(const std::string& json) {
    Stmt add(db_, "INSERT OR IGNORE INTO situations(json) VALUES(?1)");
    add.bind(1, json).run();
    Stmt find(db_, "SELECT id FROM situations WHERE json=?1");
    find.bind(1, json);
    if (!find.step()) db_.fail("cannot find a situation just kept");
    return find.i64(0);
}

void RecordsStore::add_decision(long long attempt_id, const DecisionRecord& d) {
    long long situation = situation_id(d.situation);
    Stmt s(db_,
           "INSERT INTO decisions(attempt_id, seq, stage, encounter, beat, mode, answer, fit, best_fit, seconds, "
           "trust_before, trust_after, wall_before, wall_after, at, mood, situation_id) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    s.bind(1, attempt_id).bind(2, d.seq).bind(3, d.stage).bind(4, d.encounter).bind(5, d.beat).bind(6, d.mode);
    s.bind(7, d.answer).bind(8, d.fit).bind(9, d.best_fit).bind(10, d.seconds).bind(11, d.trust_before);
    s.bind(12, d.trust_after).bind(13, d.wall_before).bind(14, d.wall_after).bind(15, d.at);
    s.bind(16, d.mood).bind(17, situation).run();
}

void RecordsStore::finish_attempt(long long attempt_id, const std::string& at, double seconds, bool completed,
                                  const Profile& profile, long long money, int reputation) {
    Stmt s(db_, "UPDATE attempts SET finished_at=?2, seconds=?3, completed=?4, money=?5, reputation=?6 WHERE id=?1");
    s.bind(1, attempt_id).bind(2, at).bind(3, seconds).bind(4, completed ? 1 : 0).bind(5, money).bind(6, reputation);
    s.run();
    nlohmann::json counts = nlohmann::json::object();
    for (Mode m : kAllModes) counts[mode_name(m)] = profile.count(m);
    Stmt p(db_,
           "INSERT OR REPLACE INTO profiles(attempt_id, counts, decisions, best_fit_choices, assertiveness, "
           "cooperativeness) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    p.bind(1, attempt_id).bind(2, counts.dump()).bind(3, profile.decisions).bind(4, profile.best_fit_choices);
    p.bind(5, profile.mean.assertiveness).bind(6, profile.mean.cooperativeness).run();
}

}  // namespace fd
