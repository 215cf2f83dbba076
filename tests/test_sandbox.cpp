#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

#include "autoplay.hpp"
#include "encounter_loader.hpp"
#include "lua_sandbox.hpp"
#include "minimal_encounter.hpp"
#include "session.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;
namespace fs = std::filesystem;

namespace {

struct HostileCase {
    std::string path, expect;
    int line = 0;
};

std::vector<HostileCase> hostile_corpus() {
    std::vector<HostileCase> cases;
    for (const auto& entry : fs::directory_iterator(source_path("tests/hostile"))) {
        if (!entry.is_regular_file()) continue;  // lib/: modules the cases require
        HostileCase c{entry.path().string(), "", 0};
        std::string text = read_text(c.path);
        auto field = [&](const std::string& key) {
            auto pos = text.find("-- " + key + ": ");
            if (pos == std::string::npos) return std::string();
            pos += key.size() + 5;
            return text.substr(pos, text.find('\n', pos) - pos);
        };
        c.expect = field("expect");
        std::string line = field("line");
        c.line = line.empty() ? 0 : std::stoi(line);
        if (c.expect != "OK") cases.push_back(c);
    }
    return cases;
}

using Clock = std::chrono::steady_clock;
long long ms_since(Clock::time_point t0) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
}

}  // namespace

TEST_CASE("every hostile script is contained within a second with FILE:LINE", "[sandbox]") {
    auto cases = hostile_corpus();
    REQUIRE(cases.size() >= 20);
    for (const auto& c : cases) {
        SECTION(fs::path(c.path).filename().string()) {
            auto t0 = Clock::now();
            Diagnostics diags;
            auto sandbox = run_script(c.path, source_path("scripts"), SandboxLimits{}, diags);
            long long elapsed = ms_since(t0);
            REQUIRE(diags.size() == 1);
            const Diagnostic& d = diags[0];
            INFO(d.format());
            CHECK(contained_as(d.message, c.expect));
            CHECK(d.file == c.path);
            CHECK(d.line == c.line);
            CHECK(elapsed < kContainedMs);
        }
    }
}

TEST_CASE("after a hostile script the host carries on", "[sandbox]") {
    Diagnostics diags;
    run_script(source_path("tests/hostile/memory_doubling.lua"), source_path("scripts"), SandboxLimits{}, diags);
    run_script(source_path("tests/hostile/loop_toplevel.lua"), source_path("scripts"), SandboxLimits{}, diags);
    CHECK(diags.size() == 2);
    auto [story, host] = load_ok(source_path("scripts/encounters/wrong_size.lua"));
    Session s(story, host, 1);
    CHECK(autoplay(s, [](const Session&) { return Mode::Collaborate; }));
    CHECK(s.state().results.back().outcome == "won_back");
}

TEST_CASE("one script cannot change what another sees", "[sandbox]") {
    Diagnostics diags;
    auto polluter = run_script(source_path("tests/hostile/global_pollution_a.lua"), source_path("scripts"),
                               SandboxLimits{}, diags);
    REQUIRE(polluter);
    LuaSandbox other(source_path("scripts"));
    other.run_source("return string.upper('a') .. tostring(math.pi > 3.14) .. tostring(secret_global)", "probe.lua");
    CHECK(std::string(lua_tostring(other.L(), -1)) == "Atruenil");
    // Within the polluting script's own state, the host's string methods are untouched too.
    polluter->run_source("return ('a'):upper()", "probe.lua");
    CHECK(std::string(lua_tostring(polluter->L(), -1)) == "A");
}

TEST_CASE("an endless loop in an effects function is an error at its line and leaves the session unchanged", "[sandbox]") {
    std::string dir = temp_dir("sandbox");
    auto text = with(minimal_encounter(), "effects = { trust = 20, wall = -30 }", "effects = function(s) while true do end end");
    auto [story, host] = load_ok(write_temp_file(dir, "mini.lua", text));
    Session s(story, host, 1);
    SessionState before = s.state();
    auto t0 = Clock::now();
    try {
        s.choose(Mode::Collaborate);
        FAIL("expected a script error");
    } catch (const ScriptError& e) {
        CHECK(e.line() == 15);
        CHECK(e.message().find("endless loop") != std::string::npos);
        CHECK(e.file().find("mini.lua") != std::string::npos);
        CHECK_FALSE(e.traceback().empty());
    }
    CHECK(ms_since(t0) < 1000);
    CHECK(s.state().beat == before.beat);
    CHECK(s.state().customer == before.customer);
    CHECK(s.state().log.size() == before.log.size());
    s.choose(Mode::Accommodate);  // the game carries on
    CHECK(s.state().beat == "kept");
}

TEST_CASE("a memory bomb in a route condition is an error at its line", "[sandbox]") {
    std::string dir = temp_dir("sandbox");
    auto text = with(minimal_encounter(), R"(next = "kept", fit = 5)", R"(next = "check", fit = 5)");
    text = with(text, R"(    ending { id = "kept",)", R"(    route { id = "check", cases = {
      { when = function(s) local t = "x" while true do t = t .. t end end, next = "kept" },
    }, otherwise = "lost" },
    ending { id = "kept",)");
    auto [story, host] = load_ok(write_temp_file(dir, "mini.lua", text));
    Session s(story, host, 1);
    try {
        s.choose(Mode::Collaborate);
        FAIL("expected a script error");
    } catch (const ScriptError& e) {
        CHECK(e.line() == 20);
        CHECK(e.message().find("MB of memory") != std::string::npos);
    }
    CHECK(s.state().beat == "ask");
}

TEST_CASE("effects functions returning nonsense are reported where they are written", "[sandbox]") {
    std::string dir = temp_dir("sandbox");
    auto text = with(minimal_encounter(), "effects = { trust = 20, wall = -30 }", "effects = function(s) return 42 end");
    auto [story, host] = load_ok(write_temp_file(dir, "mini.lua", text));
    Session s(story, host, 1);
    CHECK_THROWS_WITH(s.choose(Mode::Collaborate), Catch::Contains("mini.lua:15") && Catch::Contains("not a number"));
    text = with(minimal_encounter(), "effects = { trust = 20, wall = -30 }", "effects = function(s) return { trust = 500 } end");
    auto [story2, host2] = load_ok(write_temp_file(dir, "mini2.lua", text));
    Session s2(story2, host2, 1);
    CHECK_THROWS_WITH(s2.choose(Mode::Collaborate), Catch::Contains("outside -100..100"));
}

TEST_CASE("scripts see the state read-only and get randomness only from the session", "[sandbox]") {
    std::string dir = temp_dir("sandbox");
    auto text = with(minimal_encounter(), "effects = { trust = 20, wall = -30 }",
                     "effects = function(s) s.trust = 0; s.flags.x = true; "
                     "return { trust = s.random(1, 6), flags = { roll = s.random(1, 1000), had_math_random = math.random ~= nil } } end");
    auto [story, host] = load_ok(write_temp_file(dir, "mini.lua", text));
    Session s(story, host, 7);
    s.choose(Mode::Collaborate);
    CHECK(s.state().customer.trust > 40);
    CHECK(s.state().flags.count("x") == 0);
    CHECK(std::get<bool>(s.state().flags.at("had_math_random")) == false);
}
