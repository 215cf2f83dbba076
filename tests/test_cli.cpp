#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "minimal_encounter.hpp"
#include "test_support.hpp"

using namespace fdtest;

TEST_CASE("run plays an encounter and exits 0", "[cli]") {
    auto r = run_cli("run tests/fixtures/encounters/desk.lua --choose collaborate,collaborate");
    CHECK(r.code == 0);
    CHECK(r.out.find("Outcome: won_back") != std::string::npos);
    CHECK(r.out.find("Debrief") != std::string::npos);
    CHECK(r.out.find("Best-fit choices 2/2") != std::string::npos);
}

TEST_CASE("run --json has the session's outcome, customer, business, flags, log and profile", "[cli]") {
    auto r = run_cli("run tests/fixtures/encounters/desk.lua --always compete --json");
    REQUIRE(r.code == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["outcome"] == "lost");
    CHECK(j["ending"] == "lost");
    for (const char* k : {"trust", "wall", "mood"}) CHECK(j["customer"].contains(k));
    for (const char* k : {"money", "reputation"}) CHECK(j["business"].contains(k));
    CHECK(j["business"]["money"].get<long long>() < 0);
    CHECK(j.contains("flags"));
    CHECK(j["log"].size() >= 2);
    CHECK(j["profile"]["counts"]["compete"] == 2);
    CHECK(j["profile"]["best_fit_share"] == 0.0);
}

TEST_CASE("the same seed and answers print the same transcript", "[cli][determinism]") {
    auto a = run_cli("run tests/fixtures/campaign.lua --always compromise --seed 3");
    auto b = run_cli("run tests/fixtures/campaign.lua --always compromise --seed 3");
    REQUIRE(a.code == 0);
    CHECK(a.out == b.out);
    CHECK(a.out.find("Campaign summary") != std::string::npos);
}

TEST_CASE("bad usage exits 2 with a hint", "[cli]") {
    auto r = run_cli("run tests/fixtures/encounters/desk.lua --chose avoid");
    CHECK(r.code == 2);
    CHECK(r.err.find("did you mean '--choose'") != std::string::npos);
    r = run_cli("run tests/fixtures/encounters/desk.lua --always shout");
    CHECK(r.code == 2);
    CHECK(r.err.find("not a mode") != std::string::npos);
    r = run_cli("run");
    CHECK(r.code == 2);
    r = run_cli("run tests/fixtures/encounters/desk.lua --choose avoid");  // runs out, no terminal to ask
    CHECK(r.code == 2);
    CHECK(r.err.find("ran out at decision 'policy'") != std::string::npos);
    r = run_cli("run tests/fixtures/encounters/desk.lua --seed many");
    CHECK(r.code == 2);
}

TEST_CASE("a script error exits 1 with FILE:LINE on stderr", "[cli]") {
    std::string dir = temp_dir("cli");
    std::string path = write_temp_file(dir, "broken.lua",
                                       with(minimal_encounter(), "effects = { trust = 20, wall = -30 }",
                                            "effects = function(s) return s.nothing.here end"));
    auto r = run_cli("run '" + path + "' --always collaborate");
    CHECK(r.code == 1);
    CHECK(r.err.find("broken.lua:15:") != std::string::npos);
    r = run_cli("run '" + path + "x'");
    CHECK(r.code == 1);
    CHECK(r.err.find("cannot read") != std::string::npos);
}

TEST_CASE("lint exits 0 on the shipped scripts and 1 with FILE:LINE on a broken one", "[cli]") {
    auto r = run_cli("lint");
    CHECK(r.code == 0);
    CHECK(r.err.find("0 errors") != std::string::npos);
    std::string dir = temp_dir("cli");
    write_temp_file(dir, "syntax.lua", "return encounter {\n  id = 'x',\n  title = = 'y',\n}\n");
    write_temp_file(dir, "loop.lua", "local n = 0\nwhile true do n = n + 1 end\n");
    write_temp_file(dir, "nomode.lua", with(minimal_encounter(), R"(mode = "compete")", R"(mode = "compet")"));
    r = run_cli("lint '" + dir + "'");
    CHECK(r.code == 1);
    CHECK(r.out.find("syntax.lua:3: error:") != std::string::npos);
    CHECK(r.out.find("loop.lua:2: error:") != std::string::npos);
    CHECK(r.out.find("nomode.lua:16: error: answer in decision 'ask': unknown mode 'compet'; did you mean 'compete'? [FD008]") !=
          std::string::npos);
    CHECK(r.out.find("[FD007]") != std::string::npos);
}

TEST_CASE("every command has --help", "[cli]") {
    for (const char* cmd : {"run", "lint", "test"}) {
        auto r = run_cli(std::string(cmd) + " --help");
        CHECK(r.code == 0);
        CHECK(r.out.find("usage: frontdoor") != std::string::npos);
    }
}

TEST_CASE("the designers' test runner reports FILE:LINE of a failed expectation", "[cli]") {
    std::string dir = temp_dir("cli");
    write_temp_file(dir, "scripts/encounters/mini.lua", minimal_encounter());
    write_temp_file(dir, "scripts/tests/mini.lua", R"(return tests {
  plan { name = "good", file = "encounters/mini.lua", choose = { "collaborate" }, expect = { ending = "kept" } },
  plan { name = "bad", file = "encounters/mini.lua", always = "avoid",
         expect = {
           ending = "kept",
         } },
}
)");
    auto r = run_cli("test '" + dir + "/scripts/tests'");
    CHECK(r.code == 1);
    CHECK(r.out.find("pass ") != std::string::npos);
    CHECK(r.out.find("mini.lua:5: bad: expected ending 'kept', got 'lost'") != std::string::npos);
    CHECK(r.out.find("1 passed, 1 failed") != std::string::npos);
}
