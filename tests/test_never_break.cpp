// Scripts can never break the designer tools: script errors anywhere become defects at
// their line (never an abort), loops with nothing changed are reported at once at the
// looping beat or stage, and explore never merges paths on flags it cannot prove unread.
// Fixtures: tests/fixtures/never_break/ (each marks its offending line in a comment).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "autoplay.hpp"
#include "explore.hpp"
#include "read_names.hpp"
#include "session.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;

namespace {

std::string fixture(const std::string& name) { return source_path("tests/fixtures/never_break/" + name); }

bool has_defect(const Exploration& x, const std::string& file, int line, const std::string& code,
                const std::string& words) {
    for (const auto& d : x.defects)
        if (d.file == file && d.line == line && d.code == code && d.message.find(words) != std::string::npos) return true;
    return false;
}

bool has_code(const Exploration& x, const std::string& code) {
    for (const auto& d : x.defects)
        if (d.code == code) return true;
    return false;
}

// Plays with one mode, counting moves; returns the error it stopped with ("" if none).
// Explores a story loaded for a test, with its script host.
Exploration explore_loaded(const Loaded& l) { return explore(l.story, l.host); }

std::string play_always(const Loaded& story, Mode m, int& moves, ScriptError* error = nullptr) {
    moves = 0;
    try {
        Session s(story.story, story.host, 1);
        autoplay(s, [&](const Session&) -> std::optional<Mode> { return ++moves < 1000 ? std::optional<Mode>(m) : std::nullopt; });
    } catch (const ScriptError& e) {
        if (error) *error = e;
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("a script error in the start beat is a defect at its line for explore and balance, never an abort",
          "[explore][balance][cli]") {
    for (const char* name : {"start_nil_index.lua", "start_error_call.lua", "start_global.lua"}) {
        INFO(name);
        std::string path = fixture(name);
        Exploration x = explore_loaded(load_ok(path));
        CHECK(has_defect(x, path, 10, "FD001", ""));
        CHECK_FALSE(has_code(x, "FD010"));  // nothing could be played: no beat is called unreachable
        REQUIRE(x.strategies.size() == 5);
        for (const auto& s : x.strategies) CHECK(s.error.find(":10: ") != std::string::npos);

        for (const char* json : {"", " --json"}) {
            auto r = run_cli("explore '" + path + "'" + json);
            INFO(r.out << r.err);
            CHECK(r.code == 1);
            CHECK((r.out + r.err).find(std::string(name) + ":10: ") != std::string::npos);
            CHECK(r.err.find("terminate") == std::string::npos);
            if (*json) CHECK_FALSE(nlohmann::json::parse(r.out)["defects"].empty());
        }
        auto r = run_cli("balance '" + path + "'");
        INFO(r.out << r.err);
        CHECK(r.code == 1);
        CHECK(r.err.find("always avoid could not be played: " + path + ":10: ") != std::string::npos);
        CHECK(r.out.find("not played (script error)") != std::string::npos);
        CHECK(r.err.find("every single-mode strategy ends") == std::string::npos);
        CHECK(r.out.find("*") == std::string::npos);  // no unplayed cell is called the best
    }
}

TEST_CASE("script errors in a route, an ending or a campaign's next are defects at their lines, and the rest is explored",
          "[explore]") {
    SECTION("a route condition") {
        std::string path = fixture("route_error.lua");
        Exploration x = explore_loaded(load_ok(path));
        CHECK(has_defect(x, path, 20, "FD001", "index"));
        CHECK(x.endings.size() == 2);  // kept and lost, by the other answers
    }
    SECTION("an ending's effects") {
        std::string path = fixture("ending_error.lua");
        Exploration x = explore_loaded(load_ok(path));
        CHECK(has_defect(x, path, 20, "FD001", "sour ending"));
        CHECK(x.endings.size() == 2);
    }
    SECTION("a campaign's next") {
        std::string path = fixture("campaign_next_error.lua");
        Exploration x = explore_loaded(load_ok(path));
        CHECK(has_defect(x, path, 7, "FD001", "index"));
        auto r = run_cli("balance '" + path + "'");
        CHECK(r.code == 1);
        CHECK(r.err.find("could not be played to the end: " + path + ":7: ") != std::string::npos);
    }
}

TEST_CASE("a story that comes back to a beat with nothing changed is reported at once at that beat",
          "[session][explore][cli]") {
    SECTION("a route back to the decision") {
        std::string path = fixture("decision_loop.lua");
        auto story = load_ok(path);
        Session s(story.story, story.host, 1);
        SessionState before = s.state();
        try {
            s.choose(Mode::Collaborate);
            FAIL("no loop reported");
        } catch (const ScriptError& e) {
            CHECK(e.file() == path);
            CHECK(e.line() == 10);  // decision 'ask'
            CHECK(e.message().find("the story loops: beat 'ask' is reached again with nothing changed") == 0);
        }
        CHECK(s.state().log.size() == before.log.size());  // left as it was before the answer
        s.choose(Mode::Accommodate);  // and play goes on
        CHECK(s.state().beat == "kept");

        Exploration x = explore_loaded(story);
        CHECK(has_defect(x, path, 10, "FD011", "the story loops: beat 'ask'"));
        CHECK(x.endings.size() == 2);
        CHECK(x.decision_steps < 20);  // found when it closed, not at the step limit

        auto r = run_cli("run '" + path + "' --always collaborate");
        CHECK(r.code == 1);
        CHECK(r.err.find("decision_loop.lua:10: the story loops") != std::string::npos);
        CHECK(r.out.size() < 4000);
    }
    SECTION("two narrations leading to each other") {
        std::string path = fixture("narration_loop.lua");
        auto story = load_ok(path);
        int moves = 0;
        ScriptError e("", 0, "");
        CHECK(play_always(story, Mode::Avoid, moves, &e).find("the story loops: beat 'first'") != std::string::npos);
        CHECK(e.line() == 9);
        Exploration x = explore_loaded(story);
        // Explore records moves once paths outgrow the beats, so it may close the loop at either narration.
        CHECK((has_defect(x, path, 9, "FD011", "the story loops: beat 'first'") ||
               has_defect(x, path, 11, "FD011", "the story loops: beat 'second'")));
        CHECK_FALSE(has_code(x, "FD001"));
    }
}

TEST_CASE("a player may come back to a decision when something has changed", "[session]") {
    auto story = load_ok(fixture("changing_loop.lua"));
    Session s(story.story, story.host, 1);
    for (int i = 0; i < 3; ++i) {
        s.choose(Mode::Collaborate);
        CHECK(s.state().beat == "ask");
    }
    CHECK(s.state().customer.trust > 40);
    s.choose(Mode::Accommodate);
    CHECK(s.state().beat == "kept");
}

TEST_CASE("a campaign that enters a stage again with nothing changed is reported at that stage's next",
          "[session][explore][cli]") {
    for (auto [name, line] : {std::pair{"campaign_self_loop.lua", 7}, std::pair{"campaign_pair_loop.lua", 8}}) {
        INFO(name);
        std::string path = fixture(name);
        auto story = load_ok(path);
        for (Mode m : kAllModes) {
            int moves = 0;
            ScriptError e("", 0, "");
            std::string error = play_always(story, m, moves, &e);
            CHECK(error.find("the campaign loops") != std::string::npos);
            CHECK(e.file() == path);
            CHECK(e.line() == line);
            CHECK(moves < 10);
        }
        Exploration x = explore_loaded(story);
        // Explore walks every answer, so the loop may close at either stage's next.
        CHECK((has_defect(x, path, line, "FD011", "the campaign loops") ||
               has_defect(x, path, 7, "FD011", "the campaign loops")));
        CHECK_FALSE(has_defect(x, path, 0, "FD011", "never ends"));  // found when it closed, not at the limit
        auto r = run_cli("run '" + path + "' --always compete --json");
        CHECK(r.code == 1);
        CHECK(r.err.find(std::string(name) + ":" + std::to_string(line) + ": the campaign loops") != std::string::npos);
        CHECK(r.out.size() < 4000);
    }
}

TEST_CASE("explore never merges paths on a campaign flag read in a way it cannot follow", "[explore]") {
    for (const char* how : {"alias", "dynamic", "helper", "escaped"}) {
        INFO(how);
        Exploration x = explore_loaded(load_ok(fixture(std::string("campaign_reads_") + how + ".lua")));
        CHECK(x.unreachable.empty());  // 'special' needs x, which only collaborating in stage one sets
        CHECK_FALSE(has_code(x, "FD010"));
    }
}

TEST_CASE("the read-name scan accepts only reads it can see whole", "[explore]") {
    auto scan = [](const std::string& src) { return scan_read_names(src); };
    SECTION("direct reads are named") {
        ReadNames r = scan("local f = function(s) if s.story.public_post then return s.outcomes.wrong_size == 'lost' end end\n"
                           "local g = function(s) return s.outcomes and s.outcomes['late_fee'] and s.flags[k] and s.trust end");
        CHECK_FALSE(r.everything);
        CHECK(r.story == std::set<std::string>{"public_post"});
        CHECK(r.outcomes == std::set<std::string>{"late_fee", "wrong_size"});
    }
    SECTION("comments and text are not code") {
        ReadNames r = scan("-- local st = s.story\n--[[ pairs(s.story) ]]\nlocal t = \"s.story[k]\"\n"
                           "return function(s) return s.story.x end");
        CHECK_FALSE(r.everything);
        CHECK(r.story == std::set<std::string>{"x"});
    }
    SECTION("anything else reads everything") {
        for (const char* src : {
                 "return function(s) local st = s.story return st.x end",  // an alias of the table
                 "return function(s) local t = s return t.story.x end",    // an alias of the state
                 "return function(s) return s.story[k] end",               // a computed key
                 "return function(s) for k in pairs(s.outcomes) do end end",
                 "return function(s) return helper(s) end",                 // passed on
                 "return function(s) return rawget(s, 'story').x end",
                 "return function(s) return s[name].x end",
                 "return function(s) return s['\\115tory'].x end",           // an escaped key
                 "return function(s) keep = { s } end",                      // captured
                 "return function(s) return s.story or {} end",
                 "return function(...) local s = ... return s.story.x end",
                 "local lib = require('lib.mini') return function(s) return lib.f end",
             }) {
            INFO(src);
            CHECK(scan(src).everything);
        }
    }
    SECTION("the shipped scripts are read name by name, so explore merges them as before") {
        for (const char* f : {"campaign.lua", "encounters/cafe_banter.lua", "encounters/cancelled_flight.lua",
                              "encounters/clinic_wait.lua", "encounters/hotel_review.lua", "encounters/late_fee.lua",
                              "encounters/room_key.lua", "encounters/second_chance.lua", "encounters/support_line.lua",
                              "encounters/wrong_size.lua"}) {
            INFO(f);
            CHECK_FALSE(scan_read_names_in_file(source_path(std::string("scripts/") + f)).everything);
        }
    }
}
