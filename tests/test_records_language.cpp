// Learner records are language-independent: a game played in Spanish stores ids, the
// story's English and the language's code, never Spanish; the report shows titles in
// the report's language. The outbox keeps references, not statements: each statement is
// built from the records when sent. Records files of schema 1 and 2 (statement bodies
// kept) are migrated, and their waiting statements still go.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <set>

#include "catalog.hpp"
#include "content_text.hpp"
#include "outbox.hpp"
#include "po_reader.hpp"
#include "recorder.hpp"
#include "report.hpp"
#include "sender.hpp"
#include "statement_builder.hpp"
#include "test_support.hpp"
#include "translate_story.hpp"
#include "ui_text.hpp"

using namespace fd;
using namespace fdtest;

namespace {

i18n::Catalog spanish() {
    i18n::PoFile po = i18n::read_po(source_path("po/es.po"));
    REQUIRE(po.ok());
    return i18n::Catalog(po);
}

// Plays the campaign to its end as a player of `catalog`'s language (English without one).
void play(Db& db, const Player& p, const i18n::Catalog* catalog) {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    std::shared_ptr<const Story> shown = catalog ? i18n::translate_story(*story, *catalog).story : story;
    Session s(shown, host, 7);
    double t = 1000;
    Recorder rec(db, p, LrsConfig{}, s, [&t] { return t += 2.5; });
    for (int moves = 0; !s.finished() && moves < 10000; ++moves) {
        if (s.at_decision())
            s.choose(s.beat().answers[static_cast<std::size_t>(moves) % s.beat().answers.size()].mode);
        else
            s.proceed();
        rec.observe(s);
    }
    REQUIRE(s.finished());
}

// Every text value in every table of the records file.
std::vector<std::string> all_text(Db& db) {
    std::vector<std::string> out;
    for (const char* table : {"players", "attempts", "encounters", "decisions", "profiles", "outbox"}) {
        sqlite3_stmt* raw = nullptr;
        REQUIRE(sqlite3_prepare_v2(db.handle(), (std::string("SELECT * FROM ") + table).c_str(), -1, &raw, nullptr) ==
                SQLITE_OK);
        while (sqlite3_step(raw) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(raw); ++c)
                if (sqlite3_column_type(raw, c) == SQLITE_TEXT)
                    out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(raw, c)));
        sqlite3_finalize(raw);
    }
    return out;
}

// The campaign's texts whose Spanish differs from the English (titles, places, lines).
std::vector<std::string> spanish_texts(const i18n::Catalog& es) {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    std::vector<std::string> out;
    for (const auto& e : i18n::content_texts(*story))
        if (const std::string* t = es.find(e.id, e.english))
            if (*t != e.english && t->size() >= 6) out.push_back(*t);
    return out;
}

struct UiCatalogScope {
    explicit UiCatalogScope(const i18n::Catalog& c) { set_ui_catalog(std::make_shared<const i18n::Catalog>(c)); }
    ~UiCatalogScope() { set_ui_catalog(nullptr); }
};

std::string first_encounter_title(Db& db) {
    Stmt s(db, "SELECT encounter, title FROM encounters ORDER BY id LIMIT 1");
    REQUIRE(s.step());
    return s.text(1);
}

// A records file as Front Door wrote it before: schema 1 (the tables), 2 (their indexes),
// and rows of a game played in Spanish then, one statement waiting with its body.
const char* const kSchema1 = R"sql(
CREATE TABLE players(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',
  employee_id TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, UNIQUE(name, email, employee_id));
CREATE TABLE attempts(id INTEGER PRIMARY KEY, registration TEXT NOT NULL UNIQUE,
  player_id INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE, story_id TEXT NOT NULL,
  story_title TEXT NOT NULL, is_campaign INTEGER NOT NULL, stages_total INTEGER NOT NULL, started_at TEXT NOT NULL,
  finished_at TEXT, completed INTEGER NOT NULL DEFAULT 0, seconds REAL NOT NULL DEFAULT 0);
CREATE TABLE encounters(id INTEGER PRIMARY KEY, attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL, stage TEXT NOT NULL, encounter TEXT NOT NULL, title TEXT NOT NULL, started_at TEXT NOT NULL,
  finished_at TEXT, ending TEXT, outcome TEXT, money INTEGER, reputation INTEGER, seconds REAL, UNIQUE(attempt_id, seq));
CREATE TABLE decisions(id INTEGER PRIMARY KEY, attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL, stage TEXT NOT NULL, encounter TEXT NOT NULL, beat TEXT NOT NULL, mode TEXT NOT NULL,
  answer TEXT NOT NULL, fit INTEGER NOT NULL, best_fit INTEGER NOT NULL, seconds REAL NOT NULL,
  trust_before INTEGER NOT NULL, trust_after INTEGER NOT NULL, wall_before INTEGER NOT NULL,
  wall_after INTEGER NOT NULL, at TEXT NOT NULL, UNIQUE(attempt_id, seq));
CREATE TABLE profiles(attempt_id INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE, counts TEXT NOT NULL,
  decisions INTEGER NOT NULL, best_fit_choices INTEGER NOT NULL, assertiveness REAL NOT NULL,
  cooperativeness REAL NOT NULL);
CREATE TABLE outbox(id INTEGER PRIMARY KEY, statement_id TEXT NOT NULL UNIQUE,
  attempt_id INTEGER REFERENCES attempts(id) ON DELETE CASCADE, body TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'waiting', tries INTEGER NOT NULL DEFAULT 0, next_try REAL NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
)sql";
const char* const kSchema2Indexes = R"sql(
CREATE INDEX attempts_by_player ON attempts(player_id);
CREATE INDEX outbox_by_state ON outbox(state, next_try);
)sql";
const char* const kOldRows = R"sql(
INSERT INTO players VALUES(1, 'Ana', 'ana@example.com', '', '2026-01-01T00:00:00Z');
INSERT INTO attempts VALUES(1, 'reg-1', 1, 'front_desk', 'La recepción', 1, 2, '2026-01-01T00:00:00Z', NULL, 0, 0);
INSERT INTO encounters VALUES(1, 1, 0, 'a', 'late_fee', 'La multa', '2026-01-01T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO outbox VALUES(1, 'old-1', 1,
  '{"id":"old-1","object":{"id":"https://frontdoor.invalid/xapi/encounter/late_fee"}}', 'waiting', 0, 0, '', 't');
INSERT INTO outbox VALUES(2, 'old-2', 1, '', 'sent', 1, 0, '', 't');
)sql";

void write_old_records(const std::string& path, const std::string& sql) {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}

}  // namespace

TEST_CASE("a records file of schema 1 is migrated to the newest and keeps its players", "[records]") {
    std::string path = temp_dir("records_lang") + "/records.db";
    write_old_records(path, std::string(kSchema1) + kOldRows + "PRAGMA user_version=1;");
    Db db(path);
    CHECK(db.schema_version() == newest_schema_version());
    Stmt index(db, "SELECT COUNT(*) FROM sqlite_master WHERE name='outbox_by_state'");
    REQUIRE(index.step());
    CHECK(index.i64(0) == 1);
    REQUIRE(RecordsStore(db).players().size() == 1);
}

TEST_CASE("a campaign played in Spanish is recorded with ids, English titles and the language, no Spanish text",
          "[records][i18n]") {
    i18n::Catalog es = spanish();
    Db db(temp_dir("records_lang") + "/records.db");
    play(db, RecordsStore(db).player("Ana", "ana@example.com"), &es);
    std::vector<std::string> spanish_words = spanish_texts(es);
    REQUIRE(spanish_words.size() > 20);
    std::string spanish_stored;
    for (const std::string& value : all_text(db))
        for (const std::string& word : spanish_words)
            if (value.find(word) != std::string::npos) spanish_stored += "'" + word + "' in: " + value + "\n";
    CHECK(spanish_stored == "");
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    Stmt a(db, "SELECT story_title, language FROM attempts");
    REQUIRE(a.step());
    CHECK(a.text(0) == story->title);
    CHECK(a.text(1) == "es");
    CHECK(first_encounter_title(db) == story->stages.front().encounter->title);
    // The statements built from them say the game was played in Spanish, names in English.
    StatementBuilder build(db, LrsConfig{});
    std::vector<OutboxItem> unsent = Outbox(db).unsent();
    REQUIRE(unsent.size() > 10);
    std::string spanish_sent;
    for (const OutboxItem& item : unsent) {
        nlohmann::json st = build.statement(item);
        CHECK(st["context"]["language"] == "es");
        for (const std::string& word : spanish_words)
            if (st.dump().find(word) != std::string::npos) spanish_sent += "'" + word + "' in " + item.kind + "\n";
    }
    CHECK(spanish_sent == "");
}

TEST_CASE("the records report shows encounter titles in the report's language: English, or Spanish with --lang es",
          "[records][report][i18n]") {
    i18n::Catalog es = spanish();
    std::string path = temp_dir("records_lang") + "/records.db";
    std::string english, translated;
    {
        Db db(path);
        play(db, RecordsStore(db).player("Ana"), &es);
        english = first_encounter_title(db);
        Stmt id(db, "SELECT encounter FROM encounters ORDER BY id LIMIT 1");
        REQUIRE(id.step());
        translated = es.text(id.text(0) + ".title", english);
        REQUIRE(translated != english);
        RecordsReport r = build_report(db);
        CHECK_THAT(report_text(r), Catch::Contains(english) && !Catch::Contains(translated));
        CHECK_THAT(report_html(r), Catch::Contains(english) && Catch::Contains("<html lang=\"en\""));
        UiCatalogScope in_spanish(es);
        RecordsReport shown = build_report(db);
        std::string text = report_text(shown);
        CHECK_THAT(text, Catch::Contains(translated) && !Catch::Contains(english));
        CHECK_THAT(text, !Catch::Contains("Hardest decisions") && Catch::Contains(tr("Hardest decisions (lowest share of best-fit answers):")));
        CHECK_THAT(report_html(shown), Catch::Contains(translated) && Catch::Contains("<html lang=\"es\""));
        // The CSV's columns are ids, the same in every language.
        CHECK(report_csv(shown).substr(0, 40) == report_csv(r).substr(0, 40));
    }
    CliResult en = run_cli("report records --db '" + path + "'");
    REQUIRE(en.code == 0);
    CHECK_THAT(en.out, Catch::Contains(english) && Catch::Contains("Hardest decisions"));
    CliResult in_es = run_cli("report records --lang es --db '" + path + "'");
    INFO(in_es.err);
    REQUIRE(in_es.code == 0);
    CHECK_THAT(in_es.out, Catch::Contains(translated) && !Catch::Contains(english) && !Catch::Contains("Hardest decisions"));
}

TEST_CASE("the outbox keeps no statement: each is built when sent, with the event's id and timestamp, the same twice",
          "[records][xapi]") {
    Db db(temp_dir("records_lang") + "/records.db");
    play(db, RecordsStore(db).player("Bo", "", "E-7"), nullptr);
    Stmt bodies(db, "SELECT COUNT(*) FROM outbox WHERE body IS NOT NULL");
    REQUIRE(bodies.step());
    CHECK(bodies.i64(0) == 0);
    std::vector<OutboxItem> unsent = Outbox(db).unsent();
    REQUIRE(unsent.size() > 10);
    StatementBuilder build(db, LrsConfig{});
    StatementBuilder again(db, LrsConfig{});
    std::set<std::string> kinds;
    for (const OutboxItem& item : unsent) {
        nlohmann::json st = build.statement(item);
        CHECK(st["id"] == item.statement_id);
        CHECK(build.body(item) == again.body(item));
        kinds.insert(item.kind);
        if (item.kind == "decision") {
            std::optional<DecisionRecord> d = RecordsStore(db).decision(item.attempt_id, item.seq);
            REQUIRE(d);
            CHECK(st["timestamp"] == d->at);
            CHECK(st["result"]["response"] == d->mode);
            CHECK(st["context"]["language"] == "en");
        }
    }
    CHECK(kinds == std::set<std::string>{"campaign/initialized", "campaign/completed", "encounter/initialized",
                                         "encounter/completed", "decision"});
}

TEST_CASE("a records file of schema 2 is migrated: its waiting statements keep their bodies and still go",
          "[records]") {
    std::string path = temp_dir("records_lang") + "/records.db";
    write_old_records(path, std::string(kSchema1) + kSchema2Indexes + kOldRows + "PRAGMA user_version=2;");
    Db db(path);
    CHECK(db.schema_version() == newest_schema_version());
    OutboxCounts c = Outbox(db).counts();
    CHECK(c.waiting == 1);
    CHECK(c.sent == 1);
    CHECK(RecordsStore(db).players().size() == 1);
    // The report still reads it: the old title as it was kept, in want of an English one.
    CHECK(build_report(db).title("late_fee") == "La multa");
    struct Capture : LrsTransport {
        std::vector<std::string> posted;
        LrsResponse post_statements(const std::string& body) override {
            posted.push_back(body);
            LrsResponse r;
            r.status = 200;
            return r;
        }
    } lrs;
    LrsConfig to;
    to.activity_base = "https://learning.example.com/fd";
    SendReport rep = send_due(db, lrs, 10, 0, &to);
    CHECK(rep.sent == 1);
    REQUIRE(lrs.posted.size() == 1);
    CHECK_THAT(lrs.posted[0], Catch::Contains("old-1") && Catch::Contains("https://learning.example.com/fd/encounter/late_fee"));
    CHECK(Outbox(db).counts().waiting == 0);
}
