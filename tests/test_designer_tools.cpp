#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "explore.hpp"
#include "minimal_encounter.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;

TEST_CASE("explore counts every path of an encounter and each ending", "[explore]") {
    auto [story, host] = load_ok(source_path("tests/fixtures/encounters/desk.lua"));
    Exploration x = explore(story, host);
    // first_ask: accommodate, compromise, collaborate -> plan (5 paths each);
    // avoid, compete -> policy (4 end there, collaborate -> plan: 5) = 9 each. 15 + 18 = 33.
    CHECK(x.paths == 33);
    double sum = 0;
    for (const auto& e : x.endings) sum += e.paths;
    CHECK(sum == 33);
    CHECK(x.endings.size() == 3);
    CHECK(x.unreachable.empty());
    CHECK_FALSE(x.has_defects());
    REQUIRE(x.best);
    CHECK(x.best->ending == "desk/won_back");
    CHECK(x.best->score == x.trust.max);
    REQUIRE(x.worst);
    CHECK(x.worst->score == x.trust.min);
    CHECK(x.strategies.size() == 5);
}

TEST_CASE("explore finds beats no path reaches and paths that never end", "[explore]") {
    std::string dir = temp_dir("explore");
    // A route whose condition is never true leaves 'never' unreached even though the graph links it.
    auto text = with(minimal_encounter(), R"(next = "kept", fit = 5)", R"(next = "check", fit = 5)");
    text = with(text, R"(    ending { id = "kept",)", R"(    route { id = "check", cases = { { when = function(s) return s.trust > 1000 end, next = "never" } }, otherwise = "kept" },
    ending { id = "never", outcome = "won_back", text = "Impossible." },
    ending { id = "kept",)");
    auto [story, host] = load_ok(write_temp_file(dir, "mini.lua", text));
    Exploration x = explore(story, host);
    REQUIRE(x.unreachable.size() == 1);
    CHECK(x.unreachable[0].second == "never");
    CHECK(x.has_defects());
    CHECK(x.defects[0].line == 20);
}

TEST_CASE("a loop through narration and a route that never ends is reported at once at its beat", "[explore][cli]") {
    std::string dir = temp_dir("explore");
    auto text = with(minimal_encounter(), R"(next = "kept", fit = 5)", R"(next = "wait", fit = 5)");
    text = with(text, R"(    ending { id = "kept",)", R"(    narration { id = "wait", text = "She waits.", next = "again" },
    route { id = "again", cases = { { when = function(s) return true end, next = "wait" } }, otherwise = "kept" },
    ending { id = "kept",)");
    std::string path = write_temp_file(dir, "loop.lua", text);
    auto [story, host] = load_ok(path);
    Exploration x = explore(story, host);
    CHECK(x.has_defects());
    auto r = run_cli("run '" + path + "' --always collaborate");
    CHECK(r.code == 1);
    CHECK(r.err.find("loop.lua:19:") != std::string::npos);
    CHECK(r.err.find("the story loops: beat 'wait'") != std::string::npos);
}

TEST_CASE("beats only the campaign reaches are not defects when one encounter is explored", "[explore]") {
    auto alone = load_ok(source_path("scripts/encounters/clinic_wait.lua"));
    auto campaign = load_ok(source_path("scripts/campaign.lua"));
    Exploration x = explore(alone.story, alone.host);
    REQUIRE_FALSE(x.unreachable.empty());  // Marisol's return needs wrong_size's outcome
    std::size_t before = x.unreachable.size();
    credit_campaign(x, *alone.story, campaign.story, campaign.host);
    CHECK(x.unreachable.empty());
    CHECK(x.campaign_only.size() == before);
    CHECK_FALSE(x.has_defects());
    // A beat the campaign does not reach either stays a defect.
    std::string dir = temp_dir("explore");
    auto text = with(minimal_encounter(), R"(next = "kept", fit = 5)", R"(next = "check", fit = 5)");
    text = with(text, R"(    ending { id = "kept",)", R"(    route { id = "check", cases = { { when = function(s) return s.trust > 1000 end, next = "never" } }, otherwise = "kept" },
    ending { id = "never", outcome = "won_back", text = "Impossible." },
    ending { id = "kept",)");
    auto mini = load_ok(write_temp_file(dir, "mini.lua", text));
    Exploration y = explore(mini.story, mini.host);
    credit_campaign(y, *mini.story, campaign.story, campaign.host);
    CHECK(y.unreachable.size() == 1);
    CHECK(y.has_defects());
}

TEST_CASE("explore merges states: 244 million paths in a few seconds", "[explore]") {
    auto [story, host] = load_ok(source_path("tools/bench/stress12.lua"));
    Exploration x = explore(story, host);
    CHECK(x.paths == 244140625.0);
    CHECK(x.decision_steps < 1000000);
    CHECK_FALSE(x.has_defects());
}

TEST_CASE("explore --json has paths, endings, unreachable and strategies, and exits 1 on defects", "[explore][cli]") {
    auto r = run_cli("explore scripts/campaign.lua --json");
    REQUIRE(r.code == 0);
    auto j = nlohmann::json::parse(r.out);
    for (const char* k : {"paths", "endings", "unreachable", "strategies", "best", "worst", "trust", "money"})
        CHECK(j.contains(k));
    CHECK(j["strategies"].size() == 5);
    CHECK(j["unreachable"].empty());
    CHECK(j["paths"].get<double>() > 1e20);
}

TEST_CASE("the shipped encounters are balanced, alone and through the campaign", "[balance][content]") {
    for (const char* args : {"balance", "balance scripts/campaign.lua"}) {
        auto r = run_cli(args);
        INFO(args << "\n" << r.out << r.err);
        CHECK(r.code == 0);
        CHECK(r.out.find("| wrong_size |") != std::string::npos);
        CHECK(r.out.find("| second_chance |") != std::string::npos);
        CHECK(r.out.find("not played") == std::string::npos);
    }
}

TEST_CASE("balance fails when one mode is always best", "[balance]") {
    // Three copies of one encounter where collaborate always ends with the highest trust.
    std::string dir = temp_dir("balance");
    for (const char* name : {"a.lua", "b.lua", "c.lua"})
        write_temp_file(dir, name, with(minimal_encounter(), "id = \"mini\"", std::string("id = \"") + name[0] + "\""));
    auto r = run_cli("balance '" + dir + "'");
    CHECK(r.code == 1);
    CHECK(r.err.find("always collaborate ends with the highest trust in more than a third") != std::string::npos);
}

TEST_CASE("graph writes Graphviz with a colour per mode and the fit", "[graph][cli]") {
    auto r = run_cli("graph scripts/encounters/wrong_size.lua");
    REQUIRE(r.code == 0);
    CHECK(r.out.rfind("digraph", 0) == 0);
    CHECK(r.out.find("collaborate fit 5") != std::string::npos);
    CHECK(r.out.find("doubleoctagon") != std::string::npos);
    CHECK(r.out.find("#c0392b") != std::string::npos);
    r = run_cli("graph scripts/encounters/wrong_size.lua --format png");
    CHECK(r.code == 2);
}

TEST_CASE("graph --format svg uses dot, or says how to get it", "[graph][cli]") {
    std::string dir = temp_dir("graph");
    auto r = run_cli("graph scripts/encounters/wrong_size.lua --format svg --output '" + dir + "/g.svg'");
    if (std::system("command -v dot >/dev/null 2>&1") == 0) {
        CHECK(r.code == 0);
        CHECK(read_text(dir + "/g.svg").find("<svg") != std::string::npos);
    } else {
        CHECK(r.code == 1);
        CHECK(r.err.find("apt-get install graphviz") != std::string::npos);
    }
    r = run_cli("graph scripts/encounters/wrong_size.lua --format svg --output /dev/null", "PATH=/nonexistent");
    CHECK(r.code == 1);
    CHECK(r.err.find("apt-get install graphviz") != std::string::npos);
}

TEST_CASE("new writes a scaffold that lints clean and refuses to overwrite", "[new][cli]") {
    std::string dir = temp_dir("new");
    auto r = run_cli("new late_checkout --dir '" + dir + "'");
    REQUIRE(r.code == 0);
    std::string path = dir + "/late_checkout.lua";
    r = run_cli("lint '" + path + "'");
    CHECK(r.code == 0);
    CHECK(r.out.empty());
    r = run_cli("explore '" + path + "'");
    CHECK(r.code == 0);
    r = run_cli("new late_checkout --dir '" + dir + "'");
    CHECK(r.code == 1);
    CHECK(r.err.find("already exists") != std::string::npos);
    CHECK(run_cli("new 'Bad Name' --dir '" + dir + "'").code == 2);
}
