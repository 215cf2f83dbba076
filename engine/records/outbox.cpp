// The outbox table of outbox.hpp.
#include "outbox.hpp"

#include <algorithm>
#include <cmath>

namespace fd {

void Outbox::add(long long attempt_id, const std::string& statement_id, const std::string& kind, int seq) {
    Stmt s(db_, "INSERT OR IGNORE INTO outbox(statement_id, attempt_id, kind, seq) VALUES(?1, ?2, ?3, ?4)");
    s.bind(1, statement_id).bind(3, kind).bind(4, seq);
    if (attempt_id > 0)
        s.bind(2, attempt_id);
    else
        s.bind_null(2);  // not tied to an attempt
    s.run();
}

namespace {
std::vector<OutboxItem> read_items(Stmt& s) {
    std::vector<OutboxItem> out;
    while (s.step())
        out.push_back({s.i64(0), s.text(1), s.text(2), s.text(3), int(s.i64(4)), s.i64(5), s.text(6), int(s.i64(7)),
                       s.text(8)});
    return out;
}
#define FD_OUTBOX_COLUMNS \
    "SELECT id, statement_id, state, last_error, tries, COALESCE(attempt_id, 0), kind, seq, COALESCE(body, '') FROM outbox "
}  // namespace

std::vector<OutboxItem> Outbox::due(double now, int limit) {
    Stmt s(db_, FD_OUTBOX_COLUMNS "WHERE state='waiting' AND next_try<=?1 ORDER BY id LIMIT ?2");
    s.bind(1, now).bind(2, limit);
    return read_items(s);
}

std::vector<OutboxItem> Outbox::rejected() {
    Stmt s(db_, FD_OUTBOX_COLUMNS "WHERE state='rejected' ORDER BY id");
    return read_items(s);
}

std::vector<OutboxItem> Outbox::unsent() {
    Stmt s(db_, FD_OUTBOX_COLUMNS "WHERE state<>'sent' ORDER BY id");
    return read_items(s);
}

OutboxCounts Outbox::counts() {
    OutboxCounts c;
    Stmt s(db_, "SELECT state, COUNT(*) FROM outbox GROUP BY state");
    while (s.step()) {
        std::string st = s.text(0);
        int n = int(s.i64(1));
        if (st == "waiting") c.waiting = n;
        if (st == "rejected") c.rejected = n;
        if (st == "sent") c.sent = n;
    }
    Stmt e(db_, "SELECT last_error FROM outbox WHERE state='waiting' AND last_error<>'' ORDER BY id LIMIT 1");
    if (e.step()) c.last_error = e.text(0);
    return c;
}

double Outbox::next_due() {
    Stmt s(db_, "SELECT MIN(next_try) FROM outbox WHERE state='waiting'");
    return s.step() && !s.is_null(0) ? s.f64(0) : 0;
}

void Outbox::mark_sent(const std::vector<long long>& ids) {
    Transaction t(db_);
    Stmt s(db_, "UPDATE outbox SET state='sent', body=NULL, last_error='' WHERE id=?1");
    for (long long id : ids) {
        s.bind(1, id).run();
        s.reset();
    }
    t.commit();
}

void Outbox::mark_rejected(long long id, const std::string& reason) {
    Stmt s(db_, "UPDATE outbox SET state='rejected', tries=tries+1, last_error=?2 WHERE id=?1");
    s.bind(1, id).bind(2, reason).run();
}

void Outbox::mark_retry(const std::vector<long long>& ids, double now, const std::string& error) {
    Transaction t(db_);
    Stmt get(db_, "SELECT tries FROM outbox WHERE id=?1");
    Stmt set(db_, "UPDATE outbox SET tries=?2, next_try=?3, last_error=?4 WHERE id=?1");
    for (long long id : ids) {
        get.bind(1, id);
        int tries = get.step() ? int(get.i64(0)) + 1 : 1;
        get.reset();
        double wait = std::min(600.0, std::pow(2.0, std::min(tries, 10)));
        set.bind(1, id).bind(2, tries).bind(3, now + wait).bind(4, error).run();
        set.reset();
    }
    t.commit();
}

int Outbox::requeue_rejected() {
    Stmt s(db_, "UPDATE outbox SET state='waiting', next_try=0, tries=0 WHERE state='rejected'");
    s.run();
    return db_.changes();
}

void Outbox::make_all_due() { db_.exec("UPDATE outbox SET next_try=0 WHERE state='waiting'"); }

}  // namespace fd
