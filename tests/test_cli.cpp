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
    CHECK(r.out.find("nomode.lua:16: error: answer in decision 'ask': unknown mode 'compet'; did you mean 'compete'? (one of: avoid, accommodate, compromise, collaborate, compete) [FD008]") !=
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

namespace {

// Raw bytes a terminal acts on: ESC, BEL, and the C1 CSI in UTF-8.
bool has_raw_controls(const std::string& text) {
    return text.find('\x1b') != std::string::npos || text.find('\x07') != std::string::npos ||
           text.find("\xc2\x9b") != std::string::npos;
}

// The minimal encounter with escape sequences in its customer, an answer, a
// narration, an ending and the error its collaborate answer raises.
std::string hostile_text_encounter() {
    std::string s = minimal_encounter();
    s = with(s, R"(life = "Busy day.")", R"(life = "Busy\27[2J day.")");
    s = with(s, R"(says = "Later.", effects = { trust = -10 }, next = "lost")",
             R"(says = "Later.\27]52;c;SGVsbG8=\7", effects = { trust = -10 }, next = "pause")");
    s = with(s, R"(    ending { id = "kept")",
             R"(    narration { id = "pause", text = "A long\27[8m pause.", next = "lost" },
    ending { id = "kept")");
    s = with(s, R"(text = "She goes.")", R"(text = "She goes.\27]0;pwned\7\194\155" .. "2J")");
    s = with(s, "effects = { trust = 20, wall = -30 }",
             R"(effects = function(s) error("\27]0;title\7\27[2J boom") end)");
    return s;
}

}  // namespace

TEST_CASE("run, lint and explore print no raw escape or bell bytes from a script's text and errors", "[cli][terminal]") {
    std::string dir = temp_dir("cli");
    std::string path = write_temp_file(dir, "hostile.lua", hostile_text_encounter());
    auto r = run_cli("run '" + path + "' --always avoid");
    CHECK(r.code == 0);
    CHECK(r.out.find("Later.\\x1b]52;c;SGVsbG8=\\x07") != std::string::npos);
    CHECK(r.out.find("She goes.\\x1b]0;pwned\\x07\\x9b2J") != std::string::npos);
    CHECK(r.out.find("Busy\\x1b[2J day.") != std::string::npos);
    CHECK(r.out.find("A long\\x1b[8m pause.") != std::string::npos);
    CHECK_FALSE(has_raw_controls(r.out + r.err));
    r = run_cli("run '" + path + "' --always collaborate");
    CHECK(r.code == 1);
    CHECK(r.err.find("\\x1b]0;title\\x07\\x1b[2J boom") != std::string::npos);
    CHECK_FALSE(has_raw_controls(r.out + r.err));
    r = run_cli("explore '" + path + "'");
    CHECK(r.code == 1);
    CHECK(r.out.find("\\x1b[2J boom") != std::string::npos);
    CHECK_FALSE(has_raw_controls(r.out + r.err));
    r = run_cli("explore '" + path + "' --json");
    CHECK_FALSE(has_raw_controls(r.out + r.err));
    CHECK(nlohmann::json::parse(r.out)["defects"].size() >= 1);
    write_temp_file(dir, "broken.lua", "error(\"\\27]0;title\\7\\27[2J bad\")\n");
    r = run_cli("lint '" + dir + "'");
    CHECK(r.code == 1);
    CHECK(r.out.find("\\x1b]0;title\\x07\\x1b[2J bad") != std::string::npos);
    CHECK_FALSE(has_raw_controls(r.out + r.err));
}

TEST_CASE("a huge error message is printed cut, saying how much was cut", "[cli][terminal]") {
    std::string dir = temp_dir("cli");
    std::string path = write_temp_file(dir, "huge.lua",
                                       with(minimal_encounter(), "effects = { trust = 20, wall = -30 }",
                                            R"(effects = function(s) error(string.rep("x", 100000)) end)"));
    auto r = run_cli("run '" + path + "' --always collaborate");
    CHECK(r.code == 1);
    CHECK(r.err.size() < 10000);
    CHECK(r.err.find("more bytes not shown]") != std::string::npos);
}

TEST_CASE("two encounter files with the same id are a lint error naming both files and lines", "[cli]") {
    std::string dir = temp_dir("cli");
    std::string a = write_temp_file(dir, "scripts/encounters/a.lua", minimal_encounter());
    std::string b = write_temp_file(dir, "scripts/encounters/b.lua", minimal_encounter());
    auto r = run_cli("lint '" + dir + "/scripts/encounters'");
    CHECK(r.code == 1);
    CHECK(r.out.find("b.lua:2: error: encounter id 'mini' is already the id of " + a + ":2; each encounter needs its own id [FD018]") !=
          std::string::npos);
    write_temp_file(dir, "scripts/campaign.lua", R"(return campaign {
  id = "twice",
  title = "Twice",
  start = "one",
  stages = {
    stage { id = "one", file = "encounters/a.lua", next = "two" },
    stage { id = "two", file = "encounters/b.lua" },
  },
}
)");
    r = run_cli("lint '" + dir + "/scripts/campaign.lua'");
    CHECK(r.code == 1);
    CHECK(r.out.find("b.lua:2: error: encounter id 'mini' is already the id of ") != std::string::npos);
    CHECK(r.out.find("a.lua:2; each encounter needs its own id [FD018]") != std::string::npos);
}

TEST_CASE("one encounter file linted from its folder and from the campaign is no duplicate", "[cli]") {
    std::string dir = temp_dir("cli");
    write_temp_file(dir, "scripts/encounters/a.lua", minimal_encounter());
    write_temp_file(dir, "scripts/campaign.lua", R"(return campaign {
  id = "once",
  title = "Once",
  start = "one",
  stages = { stage { id = "one", file = "encounters/a.lua" } },
}
)");
    auto r = run_cli("lint '" + dir + "/scripts'");
    CHECK(r.code == 0);
    CHECK(r.out.find("FD018") == std::string::npos);
}
