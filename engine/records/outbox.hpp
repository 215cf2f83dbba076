// Statements waiting to go to the LRS. A row names the event (statement id, attempt,
// kind and seq of the record it describes), not the statement: that is built from the
// records when sent (statement_builder.hpp), so the outbox stays small. A row is added
// in the same transaction as its record; the sender takes the due ones in batches and
// marks them sent, rejected (a 4xx, kept with the LRS's reason, not retried), or to
// retry later with backoff. Rows queued before schema 3 carry their statement in `body`.
#pragma once
#include <string>
#include <vector>

#include "records_db.hpp"

namespace fd {

struct OutboxItem {
    long long id = 0;
    std::string statement_id, state, last_error;
    int tries = 0;
    long long attempt_id = 0;
    std::string kind;  // "campaign/initialized", "encounter/completed", "decision", ...
    int seq = 0;
    std::string body;  // only for a row queued before schema 3: its statement as it was
};

struct OutboxCounts {
    int waiting = 0, rejected = 0, sent = 0;
    std::string last_error;  // of a waiting statement: why the last try failed
};

class Outbox {
public:
    explicit Outbox(Db& db) : db_(db) {}
    // Adds the event's statement (no change when the event is already there: the same event twice).
    void add(long long attempt_id, const std::string& statement_id, const std::string& kind, int seq);
    // Waiting statements whose next try is due at `now`, oldest first.
    std::vector<OutboxItem> due(double now, int limit);
    std::vector<OutboxItem> rejected();
    // Every statement not sent yet (waiting or rejected), oldest first.
    std::vector<OutboxItem> unsent();
    OutboxCounts counts();
    // The earliest next try of a waiting statement (0 with none waiting).
    double next_due();

    void mark_sent(const std::vector<long long>& ids);  // an old row's body is dropped: the LRS has it
    void mark_rejected(long long id, const std::string& reason);
    // Another try later: after 2^tries seconds, at most 10 minutes.
    void mark_retry(const std::vector<long long>& ids, double now, const std::string& error);
    // A rejected statement back to waiting (after the organisation fixed the LRS's side).
    int requeue_rejected();
    // Every waiting statement due now (`frontdoor records send`: the player asked).
    void make_all_due();

private:
    Db& db_;
};

}  // namespace fd
