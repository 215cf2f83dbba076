// Learner records: the SQLite file and its migrations, recording a play-through,
// xAPI statement ids, the outbox and the sender (with a stand-in LRS), deleting a
// player, the report, and the password staying out of everything printed.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "lrs_config.hpp"
#include "outbox.hpp"
#include "recorder.hpp"
#include "report.hpp"
#include "sender.hpp"
#include "statement_builder.hpp"
#include "test_support.hpp"
#include "uuid.hpp"
#include "xapi.hpp"

using namespace fd;
using namespace fdtest;

namespace {

long long count(Db& db, const char* sql) {
    Stmt s(db, sql);
    s.step();
    return s.i64(0);
}

LrsConfig lrs() {
    LrsConfig c;
    c.endpoint = "http://127.0.0.1:9/xAPI/";
    c.username = "key";
    c.password = "s3cret-pass";
    return c;
}

// Plays the shipped campaign to its end, choosing the best answer every time.
std::string play_campaign(Db& db, const Player& p, const LrsConfig& config, int* decisions = nullptr) {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    Session s(story, host, 7);
    double t = 1000;
    Recorder rec(db, p, config, s, [&t] { return t += 2.5; });
    for (int moves = 0; !s.finished() && moves < 10000; ++moves) {
        if (s.at_decision())
            s.choose(s.beat().best_answer()->mode);
        else
            s.proceed();
        rec.observe(s);
    }
    REQUIRE(s.finished());
    if (decisions) *decisions = compute_profile(s.state().log).decisions;
    return rec.registration();
}

// A stand-in LRS: answers each POST with the next status in `script` (then 200).
struct FakeLrs : LrsTransport {
    std::vector<int> script;
    std::vector<std::string> posted;
    std::string reason = "{\"message\":\"bad verb\"}";
    LrsResponse post_statements(const std::string& body) override {
        posted.push_back(body);
        int status = script.empty() ? 200 : script.front();
        if (!script.empty()) script.erase(script.begin());
        LrsResponse r;
        r.status = status;
        if (status == 0) r.error = "cannot reach http://127.0.0.1:9/xAPI/: Connection refused";
        if (status >= 400) r.body = reason;
        return r;
    }
};

// A statement queued by a Front Door before schema 3, its body kept in the outbox row
// (the sender's tests use such rows: any text can stand for a statement).
void queue_old(Db& db, const std::string& id, const std::string& body) {
    Stmt s(db, "INSERT INTO outbox(statement_id, body) VALUES(?1, ?2)");
    s.bind(1, id).bind(2, body).run();
}

// Every statement not sent yet, as it would be sent with `config`.
std::string unsent_statements(Db& db, const LrsConfig& config) {
    StatementBuilder build(db, config);
    std::string out;
    for (const OutboxItem& item : Outbox(db).unsent()) out += build.body(item) + "\n";
    return out;
}

}  // namespace

TEST_CASE("a new records file is in WAL mode at the newest schema version", "[records]") {
    std::string dir = temp_dir("records");
    Db db(dir + "/sub/records.db");
    CHECK(db.schema_version() == newest_schema_version());
    Stmt s(db, "PRAGMA journal_mode");
    REQUIRE(s.step());
    CHECK(s.text(0) == "wal");
}

TEST_CASE("a records file from a newer Front Door is refused naming the file", "[records]") {
    std::string path = temp_dir("records") + "/records.db";
    {
        Db db(path);
        db.exec("PRAGMA user_version=99");
    }
    try {
        Db db(path);
        FAIL("opened a newer schema");
    } catch (const RecordsError& e) {
        CHECK_THAT(e.what(), Catch::Contains(path) && Catch::Contains("update Front Door"));
    }
}

TEST_CASE("a played campaign is recorded: attempt, encounters with outcomes, every decision, the profile", "[records]") {
    Db db(temp_dir("records") + "/records.db");
    Player p = RecordsStore(db).player("Ana", "ana@example.com");
    int decisions = 0;
    play_campaign(db, p, LrsConfig{}, &decisions);
    CHECK(count(db, "SELECT COUNT(*) FROM attempts WHERE completed=1 AND finished_at IS NOT NULL") == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM decisions") == decisions);
    CHECK(count(db, "SELECT COUNT(*) FROM decisions WHERE fit<best_fit") == 0);
    CHECK(count(db, "SELECT COUNT(*) FROM decisions WHERE seconds<=0") == 0);
    CHECK(count(db, "SELECT COUNT(*) FROM encounters WHERE outcome IS NULL") == 0);
    CHECK(count(db, "SELECT COUNT(*) FROM encounters") >= 2);
    CHECK(count(db, "SELECT decisions FROM profiles") == decisions);
    // No LRS configured: nothing leaves the machine, but every statement is queued for
    // when one is (the campaign's two, two per encounter, one per decision).
    long long encounters = count(db, "SELECT COUNT(*) FROM encounters");
    CHECK(count(db, "SELECT COUNT(*) FROM outbox WHERE state='waiting'") == 2 + 2 * encounters + decisions);
}

TEST_CASE("with an LRS configured every recorded event queues one statement with a v5 id", "[records][xapi]") {
    Db db(temp_dir("records") + "/records.db");
    Player p = RecordsStore(db).player("Ana", "", "E123");
    int decisions = 0;
    std::string reg = play_campaign(db, p, lrs(), &decisions);
    long long encounters = count(db, "SELECT COUNT(*) FROM encounters");
    CHECK(count(db, "SELECT COUNT(*) FROM outbox WHERE state='waiting'") == 2 + 2 * encounters + decisions);
    std::vector<OutboxItem> items = Outbox(db).unsent();
    REQUIRE_FALSE(items.empty());
    std::string id = items.front().statement_id;
    CHECK(id == statement_id(reg, "campaign/initialized"));
    CHECK(id[14] == '5');
    CHECK_THAT(StatementBuilder(db, lrs()).body(items.front()),
               Catch::Contains("\"account\"") && Catch::Contains("E123") && Catch::Contains(reg) &&
                   !Catch::Contains("s3cret"));
}

TEST_CASE("UUID v5 matches the RFC 4122 example and differs by event", "[records][xapi]") {
    CHECK(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK(statement_id("r1", "decision/0") == statement_id("r1", "decision/0"));
    CHECK(statement_id("r1", "decision/0") != statement_id("r1", "decision/1"));
    CHECK(statement_id("r1", "decision/0") != statement_id("r2", "decision/0"));
    CHECK(is_uuid(uuid_v4()));
    CHECK(uuid_v4() != uuid_v4());
}

TEST_CASE("the sender sends in batches, keeps a rejected statement with the LRS's reason, and waits when the LRS is down",
          "[records][sender]") {
    Db db(temp_dir("records") + "/records.db");
    Outbox box(db);
    for (int i = 0; i < 5; ++i) queue_old(db, "id" + std::to_string(i), "{\"n\":" + std::to_string(i) + "}");
    FakeLrs down;
    down.script = {0};
    SendReport r1 = send_due(db, down, 2, 100);
    CHECK(r1.sent == 0);
    CHECK_THAT(r1.problem, Catch::Contains("Connection refused"));
    CHECK(box.counts().waiting == 5);
    CHECK(box.due(100, 10).size() == 3);  // the tried batch waits for its backoff
    CHECK(box.due(100 + 3, 10).size() == 5);

    FakeLrs picky;  // batch of 2 refused -> one by one: first 200, second 400
    picky.script = {400, 200, 400};
    SendReport r2 = send_due(db, picky, 2, 200);
    CHECK(r2.sent == 4);
    CHECK(r2.rejected == 1);
    OutboxCounts c = box.counts();
    CHECK(c.waiting == 0);
    CHECK(c.rejected == 1);
    auto rejected = box.rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].statement_id == "id1");
    CHECK_THAT(rejected[0].last_error, Catch::Contains("HTTP 400") && Catch::Contains("bad verb"));
    CHECK_FALSE(rejected[0].body.empty());  // kept, not lost
    // Not retried by later passes.
    FakeLrs later;
    send_due(db, later, 2, 10000);
    CHECK(later.posted.empty());
}

TEST_CASE("an LRS refusing the credentials leaves statements waiting rather than rejected", "[records][sender]") {
    Db db(temp_dir("records") + "/records.db");
    Outbox box(db);
    queue_old(db, "a", "{}");
    FakeLrs auth;
    auth.script = {401};
    send_due(db, auth, 10, 0);
    CHECK(box.counts().waiting == 1);
    CHECK(box.counts().rejected == 0);
}

TEST_CASE("deleting a player removes their attempts, decisions and waiting statements, and no one else's",
          "[records]") {
    Db db(temp_dir("records") + "/records.db");
    RecordsStore store(db);
    Player ana = store.player("Ana", "ana@example.com"), bo = store.player("Bo");
    play_campaign(db, ana, lrs());
    play_campaign(db, bo, lrs());
    long long bo_decisions = count(db, "SELECT COUNT(*) FROM decisions");
    CHECK(store.delete_player(ana.id) == 1);
    REQUIRE(store.players().size() == 1);
    CHECK(store.players()[0].name == "Bo");
    CHECK(count(db, "SELECT COUNT(*) FROM decisions") == bo_decisions / 2);
    CHECK_THAT(unsent_statements(db, lrs()), !Catch::Contains("ana@example.com") && Catch::Contains("\"Bo\""));
    CHECK(count(db, "SELECT COUNT(*) FROM outbox") > 0);
}

TEST_CASE("the LRS password is never in the description, the statements or a connection error", "[records]") {
    LrsConfig c = lrs();
    CHECK_THAT(c.describe(), !Catch::Contains("s3cret"));
    auto http = make_http_transport(c);  // port 9 (discard): nothing listens
    LrsResponse r = http->post_statements("[]");
    CHECK(r.status == 0);
    CHECK_THAT(r.error, !Catch::Contains("s3cret") && Catch::Contains("127.0.0.1"));
}

TEST_CASE("the LRS configuration file is read and the environment wins over it", "[records]") {
    std::string dir = temp_dir("records");
    write_temp_file(dir, "lrs.json", R"({"endpoint":"https://lrs.example.com/xAPI","username":"u","password":"p"})");
    LrsConfig c = read_lrs_config(dir);
    CHECK(c.statements_url() == "https://lrs.example.com/xAPI/statements");
    CHECK(c.username == "u");
    ::setenv("FRONTDOOR_LRS_USERNAME", "other", 1);
    CHECK(read_lrs_config(dir).username == "other");
    ::unsetenv("FRONTDOOR_LRS_USERNAME");
    write_temp_file(dir, "lrs.json", "[1]");
    CHECK_THROWS_AS(read_lrs_config(dir), RecordsError);
}

TEST_CASE("the report gives each player's completion and best-fit share, and the hardest decisions", "[records][report]") {
    Db db(temp_dir("records") + "/records.db");
    RecordsStore store(db);
    play_campaign(db, store.player("Ana, \"the\" best"), LrsConfig{});
    Player bo = store.player("=Bo");
    {
        auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
        Session s(story, host, 7);
        Recorder rec(db, bo, LrsConfig{}, s);
        for (int moves = 0; !s.finished() && moves < 10000; ++moves) {
            if (s.at_decision()) {
                const Answer* worst = &s.beat().answers.front();
                for (const auto& a : s.beat().answers)
                    if (a.fit < worst->fit) worst = &a;
                s.choose(worst->mode);
            } else {
                s.proceed();
            }
            rec.observe(s);
        }
    }
    RecordsReport r = build_report(db);
    REQUIRE(r.players.size() == 2);
    const PlayerReport& best = r.players[1].player.name.rfind("Ana", 0) == 0 ? r.players[1] : r.players[0];
    CHECK(best.best_fit.value() == Approx(1.0));
    CHECK(best.completion() == Approx(1.0));
    CHECK(best.has_profile);
    REQUIRE_FALSE(r.hardest.empty());
    CHECK(r.hardest.front().best_fit.value() <= r.hardest.back().best_fit.value());
    std::string csv = report_csv(r);
    CHECK_THAT(csv, Catch::Contains("\"Ana, \"\"the\"\" best\"") && Catch::Contains("'=Bo"));
    std::string html = report_html(r);
    CHECK_THAT(html, Catch::Contains("<svg") && !Catch::Contains("http://") && !Catch::Contains("<script"));
    CHECK_THAT(html, Catch::Contains("Ana, &quot;the&quot; best"));
}

TEST_CASE("the background sender sends what is queued once woken, and stops when asked", "[records][sender]") {
    std::string path = temp_dir("records") + "/records.db";
    Db db(path);
    Outbox box(db);
    for (int i = 0; i < 7; ++i) queue_old(db, "bg" + std::to_string(i), "{}");
    auto posts = std::make_shared<std::vector<std::string>>();  // read after the thread has stopped
    {
        SenderThread sender(path, 3, [posts] {
            struct Recording : FakeLrs {
                std::shared_ptr<std::vector<std::string>> into;
                LrsResponse post_statements(const std::string& body) override {
                    into->push_back(body);
                    return FakeLrs::post_statements(body);
                }
            };
            auto lrs = std::make_unique<Recording>();
            lrs->into = posts;
            return lrs;
        });
        sender.wake();
        // A backstop against a hang only: the sender needs no more than a few passes.
        for (int i = 0; i < 3000 && box.counts().waiting > 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        sender.stop();
    }
    CHECK(box.counts().waiting == 0);
    CHECK(box.counts().sent == 7);
    CHECK(posts->size() == 3);  // batches of 3, 3 and 1
}

TEST_CASE("statements queued before an LRS was configured go to it addressed as configured, ids unchanged",
          "[records][xapi][sender]") {
    Db db(temp_dir("records") + "/records.db");
    Player p = RecordsStore(db).player("Ana", "", "E123");
    play_campaign(db, p, LrsConfig{});  // no LRS yet
    long long queued = count(db, "SELECT COUNT(*) FROM outbox WHERE state='waiting'");
    REQUIRE(queued > 0);
    LrsConfig later = lrs();
    later.account_home_page = "https://people.example.com";
    later.activity_base = "https://learning.example.com/frontdoor";
    FakeLrs up;
    SendReport r = send_due(db, up, 500, 0, &later);
    CHECK(r.sent == queued);
    REQUIRE(up.posted.size() == 1);
    nlohmann::json sent = nlohmann::json::parse(up.posted[0]);
    Stmt ids(db, "SELECT statement_id FROM outbox ORDER BY id");
    for (const auto& st : sent) {
        REQUIRE(ids.step());
        CHECK(st["id"] == ids.text(0));
        CHECK(st["actor"]["account"]["homePage"] == "https://people.example.com");
        CHECK(st["actor"]["account"]["name"] == "E123");
        CHECK(st["object"]["id"].get<std::string>().rfind("https://learning.example.com/frontdoor/", 0) == 0);
    }
    CHECK_THAT(up.posted[0], !Catch::Contains("frontdoor.invalid"));
    FakeLrs again;
    CHECK(send_due(db, again, 500, 0, &later).sent == 0);  // sending twice changes nothing
    CHECK(again.posted.empty());
}

TEST_CASE("an email is the actor's mbox and an employee id an account on the organisation's home page", "[records][xapi]") {
    LrsConfig org;
    org.account_home_page = "https://people.example.com";
    nlohmann::json mail = xapi_actor(org, {1, "Ana", "ana@example.com", ""});
    CHECK(mail["mbox"] == "mailto:ana@example.com");
    CHECK_FALSE(mail.contains("account"));
    nlohmann::json id = xapi_actor(org, {2, "Bo", "", "E-7"});
    CHECK(id["account"] == nlohmann::json({{"homePage", "https://people.example.com"}, {"name", "E-7"}}));
}

TEST_CASE("deleting a player played before any LRS was configured also deletes their unsent statements",
          "[records]") {
    Db db(temp_dir("records") + "/records.db");
    RecordsStore store(db);
    Player ana = store.player("Ana", "ana@example.com"), bo = store.player("Bo");
    play_campaign(db, ana, LrsConfig{});
    play_campaign(db, bo, LrsConfig{});
    long long both = count(db, "SELECT COUNT(*) FROM outbox WHERE state='waiting'");
    CHECK(store.delete_player(ana.id) == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM outbox WHERE state='waiting'") == both / 2);
    CHECK_THAT(unsent_statements(db, LrsConfig{}), !Catch::Contains("ana@example.com"));
}

TEST_CASE("the report gives each player's latest profile mode by mode, as recorded", "[records][report]") {
    Db db(temp_dir("records") + "/records.db");
    Player p = RecordsStore(db).player("Ana");
    int decisions = 0;
    play_campaign(db, p, LrsConfig{}, &decisions);
    RecordsReport r = build_report(db);
    REQUIRE(r.players.size() == 1);
    const Profile& prof = r.players[0].profile;
    int sum = 0;
    for (int n : prof.counts) sum += n;
    CHECK(sum == decisions);
    CHECK(prof.decisions == decisions);
    CHECK(prof.mean.assertiveness == Approx(r.players[0].assertiveness));
    CHECK(prof.mean.cooperativeness == Approx(r.players[0].cooperativeness));
    CHECK(r.players[0].over_time.size() == 1);
}
