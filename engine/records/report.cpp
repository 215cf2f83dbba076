// Builds the RecordsReport of report.hpp from the records.
#include "report.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "records_time.hpp"
#include "ui_text.hpp"

namespace fd {
namespace {

using Index = std::unordered_map<long long, std::size_t>;

void read_players(Db& db, RecordsReport& r, Index& at) {
    Stmt s(db, "SELECT id, name, email, employee_id FROM players ORDER BY name, email, employee_id, id");
    while (s.step()) {
        at[s.i64(0)] = r.players.size();
        r.players.push_back({});
        r.players.back().player = {s.i64(0), s.text(1), s.text(2), s.text(3)};
    }
}

void read_attempts(Db& db, RecordsReport& r, const Index& at) {
    Stmt s(db,
           "SELECT player_id, COUNT(*), SUM(completed), MAX(stages_total), "
           "SUM(CASE WHEN finished_at IS NULL THEN "
           "COALESCE((SELECT SUM(seconds) FROM decisions d WHERE d.attempt_id=a.id), 0) ELSE seconds END) "
           "FROM attempts a GROUP BY player_id");
    while (s.step()) {
        auto& p = r.players[at.at(s.i64(0))];
        p.attempts = int(s.i64(1));
        p.completed = int(s.i64(2));
        p.encounters_total = int(s.i64(3));
        p.seconds = s.f64(4);
    }
}

void read_encounters(Db& db, RecordsReport& r, const Index& at) {
    Stmt s(db,
           "SELECT a.player_id, e.outcome, COUNT(*), SUM(e.money), SUM(e.reputation), COUNT(DISTINCT e.encounter) "
           "FROM encounters e JOIN attempts a ON a.id=e.attempt_id WHERE e.outcome IS NOT NULL "
           "GROUP BY a.player_id, e.outcome");
    while (s.step()) {
        auto& p = r.players[at.at(s.i64(0))];
        p.outcomes[s.text(1)] = int(s.i64(2));
        p.money += s.i64(3);
        p.reputation += int(s.i64(4));
    }
    Stmt d(db,
           "SELECT a.player_id, COUNT(DISTINCT e.encounter) FROM encounters e JOIN attempts a ON a.id=e.attempt_id "
           "WHERE e.outcome IS NOT NULL GROUP BY a.player_id");
    while (d.step()) r.players[at.at(d.i64(0))].encounters_finished = int(d.i64(1));
}

// One pass over the decisions (the biggest table) fills the shares per player and
// encounter, per attempt (over time), per encounter and per decision.
void read_decisions(Db& db, RecordsReport& r, const Index& at, std::size_t hardest_count) {
    std::unordered_map<long long, std::size_t> player_of;  // attempt -> index in r.players
    std::vector<long long> attempts;                      // in the order they were started
    Stmt a(db, "SELECT id, player_id FROM attempts ORDER BY started_at, id");
    while (a.step()) {
        player_of[a.i64(0)] = at.at(a.i64(1));
        attempts.push_back(a.i64(0));
    }
    std::unordered_map<long long, Share> per_attempt;
    std::map<std::pair<std::string, std::string>, Share> per_decision;
    Stmt s(db, "SELECT attempt_id, encounter, beat, fit>=best_fit FROM decisions");
    while (s.step()) {
        long long attempt = s.i64(0);
        int best = s.i64(3) != 0;
        std::string encounter = s.text(1);
        PlayerReport& p = r.players[player_of.at(attempt)];
        for (Share* sh : {&p.by_encounter[encounter], &p.best_fit, &r.by_encounter[encounter], &per_attempt[attempt],
                          &per_decision[{encounter, s.text(2)}]}) {
            sh->best += best;
            ++sh->total;
        }
    }
    for (long long attempt : attempts) {
        auto it = per_attempt.find(attempt);
        if (it != per_attempt.end()) r.players[player_of.at(attempt)].over_time.push_back(it->second.value());
    }
    for (const auto& [enc, share] : r.by_encounter) r.encounters.push_back(enc);
    for (const auto& [key, share] : per_decision) r.hardest.push_back({key.first, key.second, share});
    // Lowest share first; among equals the most answered (map order keeps the rest by name).
    std::stable_sort(r.hardest.begin(), r.hardest.end(), [](const HardDecision& x, const HardDecision& y) {
        double vx = x.best_fit.value(), vy = y.best_fit.value();
        return vx != vy ? vx < vy : x.best_fit.total > y.best_fit.total;
    });
    if (r.hardest.size() > hardest_count) r.hardest.resize(hardest_count);
}

void read_profiles(Db& db, RecordsReport& r, const Index& at) {
    Stmt s(db,
           "SELECT a.player_id, p.assertiveness, p.cooperativeness, p.counts, p.decisions, p.best_fit_choices "
           "FROM profiles p JOIN attempts a ON a.id=p.attempt_id ORDER BY a.started_at, a.id");
    while (s.step()) {
        auto& p = r.players[at.at(s.i64(0))];
        p.has_profile = true;
        p.assertiveness = s.f64(1);
        p.cooperativeness = s.f64(2);
        p.profile = profile_from_row(s.text(3), int(s.i64(4)), int(s.i64(5)), p.assertiveness, p.cooperativeness);
    }
}

// The title each encounter was last recorded with (English since schema 3).
void read_titles(Db& db, RecordsReport& r) {
    Stmt s(db, "SELECT encounter, title FROM encounters WHERE id IN (SELECT MAX(id) FROM encounters GROUP BY encounter)");
    while (s.step()) r.titles[s.text(0)] = s.text(1);
}

void profile_spread(RecordsReport& r) {
    double sa = 0, sc = 0, qa = 0, qc = 0;
    for (const auto& p : r.players) {
        if (!p.has_profile) continue;
        ++r.profiles;
        sa += p.assertiveness;
        sc += p.cooperativeness;
        qa += p.assertiveness * p.assertiveness;
        qc += p.cooperativeness * p.cooperativeness;
    }
    if (!r.profiles) return;
    double n = r.profiles;
    r.mean_a = sa / n;
    r.mean_c = sc / n;
    r.sd_a = std::sqrt(std::max(0.0, qa / n - r.mean_a * r.mean_a));
    r.sd_c = std::sqrt(std::max(0.0, qc / n - r.mean_c * r.mean_c));
}

}  // namespace

RecordsReport build_report(Db& db, std::size_t hardest_count) {
    RecordsReport r;
    r.generated_at = iso_time(system_seconds());
    Index at;
    db.exec("BEGIN");  // one consistent snapshot while the game may be writing
    read_players(db, r, at);
    read_attempts(db, r, at);
    read_encounters(db, r, at);
    read_decisions(db, r, at, hardest_count);
    read_profiles(db, r, at);
    read_titles(db, r);
    db.exec("COMMIT");
    profile_spread(r);
    if (const i18n::Catalog* c = ui_catalog()) translate_titles(r, *c);
    return r;
}

void translate_titles(RecordsReport& r, const i18n::Catalog& catalog) {
    for (auto& [id, title] : r.titles) title = catalog.text(id + ".title", title);
}

const std::string& RecordsReport::title(const std::string& encounter) const {
    auto it = titles.find(encounter);
    return it == titles.end() || it->second.empty() ? encounter : it->second;
}

}  // namespace fd
