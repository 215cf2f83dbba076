// Hard limits on what scripts hand the engine: text, flags and moods over the
// limits in engine/model/limits.hpp are load errors (FD019) in plain tables and
// ScriptErrors naming the limit when effects return them during play.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "limits.hpp"
#include "minimal_encounter.hpp"
#include "session.hpp"
#include "story_loader.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;

namespace {

// The minimal encounter with the collaborate answer's effects replaced by `effects`.
std::string encounter_with_effects(const std::string& effects) {
    return with(minimal_encounter(), "effects = { trust = 20, wall = -30 }", "effects = " + effects);
}

// Plays collaborate at the first decision; returns the ScriptError's message, or "".
std::string play_problem(const std::string& dir, const std::string& name, const std::string& script) {
    auto [story, host] = load_ok(write_temp_file(dir, name, script));
    Session s(story, host, 1);
    try {
        s.choose(Mode::Collaborate);
    } catch (const ScriptError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("text over the limit in a script is a load error with its code and line", "[hardening][limits]") {
    std::string dir = temp_dir("limits");
    const std::string huge(30000, 'n');
    for (const auto& [field, from, to] : std::vector<std::array<std::string, 3>>{
             {"text", "text = \"She stays.\"", "text = \"" + huge + "\""},
             {"says", "says = \"Tell me more.\"", "says = \"" + huge + "\""},
             {"why", "why = \"Both matter.\"", "why = \"" + huge + "\""},
             {"title", "title = \"Mini\"", "title = \"" + huge + "\""}}) {
        INFO(field);
        std::string script = with(minimal_encounter(), from, to);
        REQUIRE(script != minimal_encounter());
        StoryLoad load = load_story(write_temp_file(dir, "long.lua", script));
        CHECK_FALSE(load.story);
        bool found = false;
        for (const auto& d : load.diagnostics)
            if (d.code == "FD019" && d.severity == Severity::Error && d.line > 1 &&
                d.message.find("text length is 30000 characters, over the limit of 4000") != std::string::npos &&
                d.message.size() < 300)
                found = true;
        CHECK(found);
    }
}

TEST_CASE("flags, story values and moods over the limit in plain effects are load errors", "[hardening][limits]") {
    std::string dir = temp_dir("limits");
    struct Case {
        std::string effects, expect;
    };
    for (const auto& c : std::vector<Case>{
             {"{ flags = { note = string.rep('x', 1001) } }", "flag text length is 1001"},
             {"{ story = { [string.rep('k', 101)] = true } }", "flag name length is 101"},
             {"{ mood = string.rep('m', 33) }", "mood length is 33"},
         }) {
        INFO(c.effects);
        StoryLoad load = load_story(write_temp_file(dir, "fx.lua", encounter_with_effects(c.effects)));
        CHECK_FALSE(load.story);
        bool found = false;
        for (const auto& d : load.diagnostics)
            if (d.code == "FD019" && d.message.find(c.expect) != std::string::npos) found = true;
        CHECK(found);
    }
}

TEST_CASE("an effects function returning values over the limits stops play with a ScriptError naming the limit",
          "[hardening][limits]") {
    std::string dir = temp_dir("limits");
    struct Case {
        std::string body, expect;
    };
    for (const auto& c : std::vector<Case>{
             {"return { mood = string.rep('m', 4000000) }", "mood length is 4000000 characters, over the limit of 32"},
             {"return { story = { big = string.rep('s', 3000000) } }", "flag text length is 3000000"},
             {"return { flags = { [string.rep('k', 3000)] = 1 } }", "flag name length is 3000"},
             {"local t = {} for i = 1, 300 do t['f' .. i] = i end return { story = t }",
              "number of flags is over the limit of 200"},
         }) {
        INFO(c.body);
        std::string problem = play_problem(dir, "fn.lua", encounter_with_effects("function(s) " + c.body + " end"));
        CHECK_THAT(problem, Catch::Contains(c.expect));
        CHECK_THAT(problem, Catch::Contains("fn.lua:"));
        CHECK(problem.size() < 400);
    }
}

TEST_CASE("an effects function cannot grow the flags past the limit a few at a time", "[hardening][limits]") {
    std::string dir = temp_dir("limits");
    // Each choice adds 50 new story flags; the collaborate answer loops back to the decision.
    std::string script = with(encounter_with_effects(
                                  "function(s) local t = {} for i = 1, 50 do t['f' .. s.random(1, 1000000000)] = true "
                                  "end return { story = t } end"),
                              "next = \"kept\", fit = 5", "next = \"ask\", fit = 5");
    auto [story, host] = load_ok(write_temp_file(dir, "grow.lua", script));
    Session s(story, host, 1);
    std::string problem;
    for (int i = 0; i < 10 && problem.empty(); ++i) {
        try {
            s.choose(Mode::Collaborate);
        } catch (const ScriptError& e) {
            problem = e.what();
        }
    }
    CHECK_THAT(problem, Catch::Contains("number of flags"));
    CHECK(s.state().story.size() <= kFlagCountLimit.max);
}

TEST_CASE("plain effects cannot add up to more flags than the limit over a play-through", "[hardening][limits]") {
    std::string dir = temp_dir("limits");
    // 250 narrations, each setting one story flag of its own: every table is small, but
    // together they pass the limit of 200 flags.
    std::string script = with(minimal_encounter(), "  start = \"ask\",", "  start = \"n1\",");
    script = with(script, "return encounter {",
                  "local beats = {}\n"
                  "for i = 1, 250 do beats[i] = narration { id = 'n' .. i, text = 'On.', "
                  "effects = { story = { ['f' .. i] = true } }, next = i < 250 and ('n' .. (i + 1)) or 'ask' } end\n"
                  "local e = encounter {");
    // The narrations join the encounter's beats once it is built.
    script = with(script, "\n}\n", "\n}\nfor _, b in ipairs(beats) do table.insert(e.beats, b) end\nreturn e\n");
    auto [story, host] = load_ok(write_temp_file(dir, "many.lua", script));
    std::string problem;
    std::optional<Session> s;
    try {
        s.emplace(story, host, 1);
        for (int i = 0; i < 300 && !s->at_decision(); ++i) s->proceed();
    } catch (const ScriptError& e) {
        problem = e.what();
    }
    CHECK_THAT(problem, Catch::Contains("many.lua:") && Catch::Contains("number of flags") &&
                            Catch::Contains("n201"));
}
