// Designers' safety net (issue 16): flags checked, lint plays the functions, every
// defect and ending comes with the command that reproduces it, strict values, test
// coverage and plan mistakes, and a graph that explains itself.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "explore.hpp"
#include "minimal_encounter.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("a number written as a string in effects is an error, not read as the number", "[lint][values]") {
    std::string dir = temp_dir("safety");
    auto path = write_temp_file(dir, "mini.lua", with(minimal_encounter(), "effects = { trust = -10 }", "effects = { trust = \"-10\" }"));
    auto r = run_cli("lint '" + path + "'");
    CHECK(r.code == 1);
    CHECK(has(r.out, "mini.lua:12: error: answer in decision 'ask': effect 'trust' should be a whole number, not a string (write trust = -10, without quotes)"));
    CHECK(has(r.out, "[FD004]"));
}

TEST_CASE("an unknown value lists the valid ones and suggests the closest, even for an abbreviation or a synonym", "[lint][values]") {
    std::string dir = temp_dir("safety");
    auto text = with(minimal_encounter(), "sector = \"retail\"", "sector = \"telecom\"");
    text = with(text, "says = \"\\\"Help me.\\\"\",", "says = \"\\\"Help me.\\\"\", situation = { stress = \"hi\" },");
    auto r = run_cli("lint '" + write_temp_file(dir, "mini.lua", text) + "'");
    CHECK(has(r.out, "unknown sector 'telecom'; did you mean 'support'? (one of: retail, hospitality, health, finance, travel, support) [FD015]"));
    CHECK(has(r.out, "unknown level 'hi'; did you mean 'high'? (one of: low, medium, high) [FD015]"));
}

TEST_CASE("a campaign stage whose file is missing is FD016 at the campaign's line, with the closest file", "[lint][campaign]") {
    std::string dir = temp_dir("safety_campaign") + "/scripts";
    write_temp_file(dir + "/encounters", "mini.lua", minimal_encounter());
    auto path = write_temp_file(dir, "campaign.lua", R"(return campaign {
  id = "c", title = "C", start = "mini",
  stages = {
    stage { id = "mini", file = "encounters/mnii.lua" },
  },
}
)");
    auto r = run_cli("lint '" + path + "'");
    CHECK(r.code == 1);
    CHECK(has(r.out, "campaign.lua:4: error: stage 'mini': file 'encounters/mnii.lua' does not exist; did you mean 'encounters/mini.lua'? [FD016]"));
    CHECK_FALSE(has(r.out, "[FD001]"));
}

TEST_CASE("lint warns about a misspelt flag read, naming the flag that is set", "[lint][flags]") {
    std::string dir = temp_dir("safety");
    auto text = with(minimal_encounter(), "effects = { trust = 20, wall = -30 }", "effects = { trust = 20, wall = -30, flags = { off_script = true } }");
    text = with(text, "effects = { trust = 4 }", "effects = function(s) if s.flags.offscript then return { trust = 9 } end end");
    auto r = run_cli("lint '" + write_temp_file(dir, "mini.lua", text) + "'");
    CHECK(has(r.out, "mini.lua:14: warning: flag 'offscript' is read here but never set; did you mean 'off_script'? [FD021]"));
}

TEST_CASE("with a flags declaration, a flag not declared is an error naming the closest declared one", "[lint][flags]") {
    std::string dir = temp_dir("safety");
    auto text = with(minimal_encounter(), "start = \"ask\",", "start = \"ask\", flags = { hotspot = \"she saw the hotspot\" },");
    text = with(text, "effects = { trust = 20, wall = -30 }", "effects = { trust = 20, wall = -30, flags = { hotpsot = true } }");
    auto r = run_cli("lint '" + write_temp_file(dir, "mini.lua", text) + "'");
    CHECK(r.code == 1);
    CHECK(has(r.out, "mini.lua:15: error: flag 'hotpsot' is not declared in this encounter's 'flags'; did you mean 'hotspot'? [FD022]"));
    CHECK(has(r.out, "flag 'hotspot' is declared but never set or read [FD021]"));
}

TEST_CASE("lint reports an error in an effects function on one path only, with the command that reaches it", "[lint][explore]") {
    std::string dir = temp_dir("safety");
    // Only after a collaborate answer, and only with the campaign flag set, does the function fail.
    auto text = with(minimal_encounter(), R"(effects = { trust = 20, wall = -30 }, next = "kept")",
                     R"(effects = { trust = 20, wall = -30 }, next = "more")");
    text = with(text, "    ending { id = \"kept\",", R"(    narration { id = "more", text = "She nods.", next = "kept",
      effects = function(s) if s.story.vip then return { trust = 180 } end end },
    ending { id = "kept",)");
    std::string path = write_temp_file(dir, "mini.lua", text);
    auto r = run_cli("lint '" + path + "'");
    CHECK(r.code == 1);
    CHECK(has(r.out, "mini.lua:20: error: the effects this function returned: effect 'trust' is 180, outside -100..100 (at beat 'more')"));
    CHECK(has(r.out, "reproduce: frontdoor run " + path + " --choose collaborate --story vip [FD012]"));
    auto replay = run_cli("run '" + path + "' --choose collaborate --story vip");
    CHECK(replay.code == 1);
    CHECK(has(replay.err, "mini.lua:20: the effects this function returned: effect 'trust' is 180, outside -100..100 (at beat 'more') [FD012]"));
}

TEST_CASE("explore prints for each ending the shortest run command, and that command reaches the ending", "[explore][cli]") {
    std::string path = source_path("scripts/encounters/wrong_size.lua");
    auto r = run_cli("explore '" + path + "' --json");
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["endings"].size() == 4);
    for (const auto& e : j["endings"]) {
        std::string cmd = e["run"];
        INFO(cmd);
        REQUIRE(cmd.rfind("frontdoor run " + path + " --choose ", 0) == 0);
        auto played = run_cli(cmd.substr(std::string("frontdoor ").size()) + " --json");
        REQUIRE(played.code == 0);
        CHECK(nlohmann::json::parse(played.out)["results"][0]["ending"] == e["ending"]);
    }
}

TEST_CASE("a loop the player can go round without end is reported at a beat of the loop, with its path", "[explore]") {
    std::string dir = temp_dir("safety");
    // Asking again always changes a counter, so no state repeats: only the step limit ends it.
    auto text = with(minimal_encounter(), R"(effects = { trust = 4 }, next = "kept")",
                     R"(effects = function(s) return { flags = { asked = (s.flags.asked or 0) + 1 } } end, next = "ask")");
    auto [story, host] = load_ok(write_temp_file(dir, "mini.lua", text));
    ExploreOptions opt;
    opt.strategies = false;  // always compromising goes round until the play limit: slow, and not the point here
    Exploration x = explore(story, host, opt);
    bool found = false;
    for (std::size_t i = 0; i < x.defects.size(); ++i)
        if (x.defects[i].code == "FD011") {
            found = true;
            CHECK(x.defects[i].line == 9);  // decision 'ask', not an ending
            CHECK(has(x.defects[i].message, "beat 'ask'"));
            REQUIRE(x.defect_paths[i]);
            CHECK_FALSE(x.defect_paths[i]->empty());
        }
    CHECK(found);
}

TEST_CASE("run --start begins at the beat given, and names the closest beat for a typo", "[run][cli]") {
    std::string path = source_path("scripts/encounters/wrong_size.lua");
    auto r = run_cli("run '" + path + "' --start policy --choose accommodate --json");
    REQUIRE(r.code == 0);
    CHECK(nlohmann::json::parse(r.out)["results"][0]["ending"] == "escalated");
    auto typo = run_cli("run '" + path + "' --start polcy --choose accommodate");
    CHECK(typo.code == 2);
    CHECK(has(typo.err, "did you mean 'policy'?"));
}

TEST_CASE("a plan with more answers than its path uses, or a misspelt file, is an error with a hint", "[test][cli]") {
    std::string dir = temp_dir("safety_plans") + "/scripts";
    write_temp_file(dir + "/encounters", "mini.lua", minimal_encounter());
    auto plans = write_temp_file(dir + "/tests", "mini.lua", R"(return tests {
  plan { name = "too many", file = "encounters/mini.lua", choose = { "collaborate", "avoid" },
         expect = { ending = "kept" } },
  plan { name = "misspelt", file = "encounters/mnii.lua", choose = { "collaborate" },
         expect = { ending = "kept" } },
}
)");
    auto r = run_cli("test '" + plans + "'");
    CHECK(r.code == 1);
    CHECK(has(r.out, "'choose' gives 2 answers but the path uses only 1 (it ends at 'kept')"));
    CHECK(has(r.out, "'file' names encounters/mnii.lua, which is not a script under"));
    CHECK(has(r.out, "did you mean 'encounters/mini.lua'? [FD023]"));
}

TEST_CASE("test --coverage lists the beats and endings no plan reaches", "[test][cli]") {
    std::string dir = temp_dir("safety_coverage") + "/scripts";
    write_temp_file(dir + "/encounters", "mini.lua", minimal_encounter());
    auto plans = write_temp_file(dir + "/tests", "mini.lua", R"(return tests {
  plan { name = "kept", file = "encounters/mini.lua", choose = { "collaborate" }, expect = { ending = "kept" } },
}
)");
    auto r = run_cli("test '" + plans + "' --coverage");
    CHECK(r.code == 0);
    CHECK(has(r.out, "mini.lua:20: ending 'lost'"));
    CHECK_FALSE(has(r.out, "ending 'kept'"));
    CHECK(has(r.out, "2 of 3 beats and endings reached by some plan"));
}

TEST_CASE("text the fonts cannot draw is a warning naming the character", "[lint][values]") {
    std::string dir = temp_dir("safety");
    auto r = run_cli("lint '" + write_temp_file(dir, "mini.lua", with(minimal_encounter(), "title = \"Mini\"", "title = \"Mini \xF0\x9F\x98\x80\"")) + "'");
    CHECK(has(r.out, "mini.lua:3: warning: encounter: 'title' has U+1F600"));
    CHECK(has(r.out, "[FD020]"));
}

TEST_CASE("the graph labels route edges with their condition, links nodes to FILE:LINE and counts paths", "[graph][cli]") {
    std::string path = source_path("scripts/encounters/wrong_size.lua");
    auto r = run_cli("graph '" + path + "'");
    REQUIRE(r.code == 0);
    CHECK(has(r.out, "label=\"if s.trust >= 45\""));
    CHECK(has(r.out, "tooltip=\"" + path + ":"));
    CHECK(has(r.out, " paths\""));
}
