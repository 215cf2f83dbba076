// The records' schema, as migrations from the first version on: migration N takes a
// database at user_version N to N+1. Never edit a shipped migration; add the next one.
#include <vector>

#include "records_db.hpp"

namespace fd {
namespace {

const std::vector<const char*>& migrations() {
    static const std::vector<const char*> m = {
        // 0 -> 1: players, attempts, decisions, encounters, profiles, the outbox.
        R"sql(
CREATE TABLE players(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',
  employee_id TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
  UNIQUE(name, email, employee_id));
CREATE TABLE attempts(
  id INTEGER PRIMARY KEY, registration TEXT NOT NULL UNIQUE,
  player_id INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
  story_id TEXT NOT NULL, story_title TEXT NOT NULL, is_campaign INTEGER NOT NULL,
  stages_total INTEGER NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
  completed INTEGER NOT NULL DEFAULT 0, seconds REAL NOT NULL DEFAULT 0);
CREATE TABLE encounters(
  id INTEGER PRIMARY KEY, attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL, stage TEXT NOT NULL, encounter TEXT NOT NULL, title TEXT NOT NULL,
  started_at TEXT NOT NULL, finished_at TEXT, ending TEXT, outcome TEXT,
  money INTEGER, reputation INTEGER, seconds REAL,
  UNIQUE(attempt_id, seq));
CREATE TABLE decisions(
  id INTEGER PRIMARY KEY, attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL, stage TEXT NOT NULL, encounter TEXT NOT NULL, beat TEXT NOT NULL,
  mode TEXT NOT NULL, answer TEXT NOT NULL, fit INTEGER NOT NULL, best_fit INTEGER NOT NULL,
  seconds REAL NOT NULL, trust_before INTEGER NOT NULL, trust_after INTEGER NOT NULL,
  wall_before INTEGER NOT NULL, wall_after INTEGER NOT NULL, at TEXT NOT NULL,
  UNIQUE(attempt_id, seq));
CREATE TABLE profiles(
  attempt_id INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
  counts TEXT NOT NULL, decisions INTEGER NOT NULL, best_fit_choices INTEGER NOT NULL,
  assertiveness REAL NOT NULL, cooperativeness REAL NOT NULL);
CREATE TABLE outbox(
  id INTEGER PRIMARY KEY, statement_id TEXT NOT NULL UNIQUE,
  attempt_id INTEGER REFERENCES attempts(id) ON DELETE CASCADE,
  body TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'waiting', tries INTEGER NOT NULL DEFAULT 0,
  next_try REAL NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
)sql",
        // 1 -> 2: indexes for the report and the sender.
        R"sql(
CREATE INDEX attempts_by_player ON attempts(player_id);
CREATE INDEX outbox_by_state ON outbox(state, next_try);
)sql",
        // 2 -> 3: records in no language (titles in English, the language played per
        // attempt, each decision's mood and situation, once per distinct situation, and
        // the campaign's totals, so statements can be built from the records), and an
        // outbox of references instead of statement bodies: attempt, kind and seq name
        // the record. A statement queued before keeps its body (sent as it is), kind ''
        // and its own id as seq; new ones have no body.
        R"sql(
ALTER TABLE attempts ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE attempts ADD COLUMN money INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN reputation INTEGER NOT NULL DEFAULT 0;
CREATE TABLE situations(id INTEGER PRIMARY KEY, json TEXT NOT NULL UNIQUE);
ALTER TABLE decisions ADD COLUMN mood TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN situation_id INTEGER REFERENCES situations(id);
CREATE TABLE outbox_v3(
  id INTEGER PRIMARY KEY, statement_id TEXT NOT NULL,
  attempt_id INTEGER REFERENCES attempts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0, body TEXT,
  state TEXT NOT NULL DEFAULT 'waiting', tries INTEGER NOT NULL DEFAULT 0,
  next_try REAL NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',
  UNIQUE(attempt_id, kind, seq));
INSERT INTO outbox_v3(id, statement_id, attempt_id, seq, body, state, tries, next_try, last_error)
  SELECT id, statement_id, attempt_id, id, NULLIF(body, ''), state, tries, next_try, last_error FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v3 RENAME TO outbox;
CREATE INDEX outbox_by_state ON outbox(state, next_try);
)sql",
    };
    return m;
}

}  // namespace

int newest_schema_version() { return static_cast<int>(migrations().size()); }

void migrate(Db& db) {
    int v = db.schema_version();
    if (v > newest_schema_version())
        throw RecordsError(db.path() + ": the records are schema version " + std::to_string(v) +
                           ", newer than this Front Door knows (" + std::to_string(newest_schema_version()) +
                           "): update Front Door");
    for (; v < newest_schema_version(); ++v) {
        Transaction t(db);
        db.exec(migrations()[static_cast<std::size_t>(v)]);
        db.exec("PRAGMA user_version=" + std::to_string(v + 1));
        t.commit();
    }
}

}  // namespace fd
