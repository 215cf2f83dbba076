// Builds an outbox row's xAPI statement from the records when it is sent (or listed):
// the attempt and its player, the encounter, the decision or the profile the row names.
// The id is the same UUID v5 of the registration and the event as when it was queued,
// the timestamp the record's, so building it twice gives the same statement. A row
// queued before schema 3 carries its statement: that one is re-addressed instead.
#pragma once
#include <map>
#include <string>

#include "lrs_config.hpp"
#include "outbox.hpp"
#include "records_store.hpp"
#include "xapi.hpp"

namespace fd {

class StatementBuilder {
public:
    // `address`: the LRS configured now (its activity base and home page go in).
    StatementBuilder(Db& db, const LrsConfig& address);
    // The statement as JSON text; throws RecordsError when its record is gone.
    std::string body(const OutboxItem& item);
    nlohmann::json statement(const OutboxItem& item);

private:
    struct AttemptRow {
        XapiContext ctx;
        std::string finished_at;
        double seconds = 0;
        bool completed = false;
        long long money = 0;
        int reputation = 0;
    };
    const AttemptRow& attempt(long long id);
    EncounterStart encounter_start(long long attempt_id, int seq, EncounterEnd* end);

    Db& db_;
    RecordsStore store_;
    LrsConfig address_;
    std::map<long long, AttemptRow> attempts_;  // read once per build pass
};

}  // namespace fd
