// Learner records in the real window, headless: the player's name and email typed on
// the title screen are there after a restart and the next attempt is recorded under
// them; the Records screen's charts (per player and per group) lay out with no label
// cut, overlapping or outside its frame at 1280x720 and 1920x1080, text scale 1 and 2
// (the screenshots are kept in build/records-shots/ to be looked at).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "records_db.hpp"
#include "recorder.hpp"
#include "test_support.hpp"
#include "window_support.hpp"

using namespace fdtest;
using json = nlohmann::json;

namespace {

long long count(const std::string& db_path, const std::string& sql) {
    fd::Db db(db_path);
    fd::Stmt s(db, sql.c_str());
    s.step();
    return s.i64(0);
}

std::string shots_dir() {
    std::string dir = std::filesystem::path(FD_BINARY).parent_path() / "records-shots";
    std::filesystem::create_directories(dir);
    return dir;
}

// Plays `script` to its end as `player` into `db`, answering by `pick` (0 best, 1 worst, 2 in turn).
void record_play(fd::Db& db, const fd::Player& player, const std::string& script, int pick) {
    auto [story, host] = load_ok(source_path(script));
    fd::Session s(story, host, 7);
    double t = 1000;
    fd::Recorder rec(db, player, fd::LrsConfig{}, s, [&t] { return t += 3.0; });
    for (int moves = 0; !s.finished() && moves < 10000; ++moves) {
        if (s.at_decision()) {
            const fd::Beat& b = s.beat();
            const fd::Answer* chosen = &b.answers.front();
            for (const auto& a : b.answers) {
                if (pick == 0 && a.fit > chosen->fit) chosen = &a;
                if (pick == 1 && a.fit < chosen->fit) chosen = &a;
            }
            if (pick == 2) chosen = &b.answers[static_cast<std::size_t>(moves) % b.answers.size()];
            s.choose(chosen->mode);
        } else {
            s.proceed();
        }
        rec.observe(s);
    }
    REQUIRE(s.finished());
}

std::string problems_of(const json& screen) {
    std::string out;
    for (const char* kind : {"clipped", "past_window", "outside_frame"})
        for (const json& it : screen[kind]) out += std::string(kind) + ": \"" + it["text"].get<std::string>() + "\"\n";
    for (const json& pair : screen["overlaps"])
        out += "overlap: \"" + pair[0]["text"].get<std::string>() + "\" and \"" + pair[1]["text"].get<std::string>() + "\"\n";
    return out;
}

}  // namespace

TEST_CASE("window: the name and email typed on the title are shown after a restart and the next game is theirs",
          "[window][records]") {
    TempDir dir("identity");
    std::string save = " --save-dir '" + dir.path + "'";
    // The arrow keys reach a field and Return opens it for typing: Up three times from
    // the first button is the name, twice the email. One field per run, quitting between.
    auto named = run_window({"--keys 'wait:4,Up,wait:4,Up,wait:4,Up,wait:4,Return,wait:4,text:Noor Haddad,wait:4'" + save});
    INFO(named.describe());
    REQUIRE(named.code == 0);
    CHECK(named.window()["title_identity"]["name"] == "Noor Haddad");
    auto mailed = run_window({"--keys wait:4,Up,wait:4,Up,wait:4,Return,wait:4,text:noor@example.com,wait:4" + save});
    INFO(mailed.describe());
    REQUIRE(mailed.code == 0);
    CHECK(mailed.window()["title_identity"] == json({{"name", "Noor Haddad"}, {"contact", "noor@example.com"}}));
    auto shown = run_window({"--keys wait:4" + save, "", shots_dir() + "/title-identity.png"});
    INFO(shown.describe());
    REQUIRE(shown.code == 0);
    CHECK(shown.screen() == "title");
    CHECK(shown.window()["title_identity"] == json({{"name", "Noor Haddad"}, {"contact", "noor@example.com"}}));
    auto played = run_window({"--keys n,Space,4,Space,4,Space" + save});
    INFO(played.describe());
    REQUIRE(played.code == 0);
    CHECK(played.window()["player"] == "Noor Haddad");
    std::string db = dir.path + "/records.db";
    CHECK(count(db, "SELECT COUNT(*) FROM players") == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM decisions d JOIN attempts a ON a.id=d.attempt_id JOIN players p "
                    "ON p.id=a.player_id WHERE p.name='Noor Haddad' AND p.email='noor@example.com'") >= 2);
    // No LRS is configured: the statements wait on this machine, and the window counts them.
    CHECK(played.window()["records"]["lrs"] == false);
    CHECK(count(db, "SELECT COUNT(*) FROM outbox WHERE state='waiting'") > 0);
}

TEST_CASE("window: Tab in the name field on the title screen goes on to the email field", "[window][records]") {
    TempDir dir("identity_tab");
    std::string save = " --save-dir '" + dir.path + "'";
    // Up three times from the first button is the name; Return opens it for typing.
    auto typed = run_window({"--keys 'wait:4,Up,wait:4,Up,wait:4,Up,wait:4,Return,wait:4,text:Noor Haddad,wait:4,Tab,"
                             "wait:4,text:noor@example.com,wait:4'" + save});
    INFO(typed.describe());
    REQUIRE(typed.code == 0);
    CHECK(typed.window()["title_identity"] == json({{"name", "Noor Haddad"}, {"contact", "noor@example.com"}}));
}

TEST_CASE("window: the Records screen's charts fit at 1280x720 and 1920x1080, text scale 1 and 2",
          "[window][records][layout]") {
    TempDir dir("records-charts");
    {
        fd::Db db(dir.path + "/records.db");
        fd::RecordsStore store(db);
        fd::Player ana = store.player("Ana Lucía Fernández-Castellanos", "ana.lucia.fernandez@example.com");
        fd::Player bo = store.player("Bo", "", "E-7"), cy = store.player("Cy");
        record_play(db, ana, "scripts/campaign.lua", 2);
        record_play(db, ana, "scripts/campaign.lua", 0);
        record_play(db, ana, "scripts/encounters/wrong_size.lua", 0);
        record_play(db, bo, "scripts/campaign.lua", 1);
        record_play(db, cy, "scripts/encounters/late_fee.lua", 2);
    }
    // The title screen names Ana: hers are the charts shown.
    std::string settings = dir.path + "/settings.json";
    {
        std::ofstream f(settings);
        f << json({{"player_name", "Ana Lucía Fernández-Castellanos"},
                   {"player_contact", "ana.lucia.fernandez@example.com"}, {"intro_seen", true}})
                 .dump();
    }
    std::vector<WindowCall> calls;
    std::vector<std::string> names;
    for (const char* size : {"1280x720", "1920x1080"})
        for (const char* scale : {"1", "2"}) {
            std::string name = std::string(size) + "-x" + scale;
            names.push_back(name);
            // PageDown and End scroll to the charts below the table: the screenshot shows them.
            std::string keys = " --keys wait:4,r,wait:6,PageDown,wait:6,End,wait:6";
            calls.push_back({std::string("--size ") + size + " --scale " + scale + keys + " --save-dir '" + dir.path + "'",
                             "", shots_dir() + "/records-" + name + ".png"});
        }
    auto runs = run_windows(calls);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const WindowRun& r = runs[i];
        INFO(names[i] << "\n" << r.describe());
        REQUIRE(r.code == 0);
        CHECK(r.screen() == "records");
        const json& screens = r.state["layout"]["screens"];
        REQUIRE(screens.contains("records"));
        const json& s = screens["records"];
        INFO(problems_of(s));
        CHECK(s["problems"] == 0);
        CHECK(s["items"].get<int>() > 0);
        // The bars, the line, the plane and the spread are drawn (their labels were measured).
        REQUIRE(s["kinds"].contains("chart_label"));
        CHECK(s["kinds"]["chart_label"]["drawn"].get<int>() >= 20);
        CHECK(r.png.distinct_colours() > 20);
    }
}
