// The statements of statement_builder.hpp, from the records.
#include "statement_builder.hpp"

namespace fd {

StatementBuilder::StatementBuilder(Db& db, const LrsConfig& address) : db_(db), store_(db), address_(address) {}

const StatementBuilder::AttemptRow& StatementBuilder::attempt(long long id) {
    auto it = attempts_.find(id);
    if (it != attempts_.end()) return it->second;
    Stmt s(db_,
           "SELECT a.registration, a.story_id, a.story_title, a.is_campaign, a.language, COALESCE(a.finished_at, ''), "
           "a.seconds, a.completed, a.money, a.reputation, p.id, p.name, p.email, p.employee_id "
           "FROM attempts a JOIN players p ON p.id=a.player_id WHERE a.id=?1");
    s.bind(1, id);
    if (!s.step()) throw RecordsError(db_.path() + ": attempt " + std::to_string(id) + " of a statement is gone");
    AttemptRow row;
    std::string language = s.text(4);
    for (char& ch : language)
        if (ch == '_') ch = '-';  // xAPI wants RFC 5646 tags
    row.ctx = {address_, {s.i64(10), s.text(11), s.text(12), s.text(13)}, s.text(0), s.text(1), s.text(2),
               s.i64(3) != 0, language.empty() ? "en" : language};
    row.finished_at = s.text(5);
    row.seconds = s.f64(6);
    row.completed = s.i64(7) != 0;
    row.money = s.i64(8);
    row.reputation = int(s.i64(9));
    return attempts_[id] = row;
}

EncounterStart StatementBuilder::encounter_start(long long attempt_id, int seq, EncounterEnd* end) {
    Stmt s(db_,
           "SELECT stage, encounter, title, started_at, COALESCE(finished_at, ''), COALESCE(ending, ''), "
           "COALESCE(outcome, ''), COALESCE(money, 0), COALESCE(reputation, 0), COALESCE(seconds, 0) "
           "FROM encounters WHERE attempt_id=?1 AND seq=?2");
    s.bind(1, attempt_id).bind(2, seq);
    if (!s.step())
        throw RecordsError(db_.path() + ": encounter " + std::to_string(seq) + " of attempt " +
                           std::to_string(attempt_id) + " is gone");
    if (end) *end = {seq, s.text(5), s.text(6), s.text(4), s.i64(7), int(s.i64(8)), s.f64(9)};
    return {seq, s.text(0), s.text(1), s.text(2), s.text(3)};
}

nlohmann::json StatementBuilder::statement(const OutboxItem& item) {
    if (!item.body.empty()) {
        nlohmann::json old = nlohmann::json::parse(item.body, nullptr, false);
        if (!old.is_discarded()) readdress_statement(old, address_);
        return old;  // a body that is not JSON: discarded, and the caller sends the text
    }
    const AttemptRow& a = attempt(item.attempt_id);
    if (item.kind == "campaign/initialized") {
        Stmt s(db_, "SELECT started_at FROM attempts WHERE id=?1");
        s.bind(1, item.attempt_id).step();
        return campaign_initialized(a.ctx, s.text(0));
    }
    if (item.kind == "campaign/completed") {
        Profile profile = store_.profile_of(item.attempt_id).value_or(Profile{});
        return campaign_completed(a.ctx, a.finished_at, a.seconds, a.completed, profile, a.money, a.reputation);
    }
    if (item.kind == "encounter/initialized") return encounter_initialized(a.ctx, encounter_start(item.attempt_id, item.seq, nullptr));
    if (item.kind == "encounter/completed") {
        EncounterEnd end;
        EncounterStart start = encounter_start(item.attempt_id, item.seq, &end);
        std::optional<Profile> profile;
        if (!a.ctx.is_campaign) profile = store_.profile_of(item.attempt_id);
        return encounter_completed(a.ctx, start, end, profile ? &*profile : nullptr);
    }
    if (item.kind == "decision") {
        std::optional<DecisionRecord> d = store_.decision(item.attempt_id, item.seq);
        if (!d) throw RecordsError(db_.path() + ": decision " + std::to_string(item.seq) + " of a statement is gone");
        nlohmann::json situation = nlohmann::json::parse(d->situation, nullptr, false);
        if (!situation.is_object()) situation = nlohmann::json::object();
        situation["stage"] = d->stage;
        situation["mood"] = d->mood;
        return decision_answered(a.ctx, *d, situation);
    }
    throw RecordsError(db_.path() + ": outbox row " + std::to_string(item.id) + " has an unknown kind '" + item.kind + "'");
}

std::string StatementBuilder::body(const OutboxItem& item) {
    nlohmann::json j = statement(item);
    return j.is_discarded() ? item.body : j.dump();
}

}  // namespace fd
