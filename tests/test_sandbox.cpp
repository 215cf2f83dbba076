// The sandbox: hostile scripts are stopped at their line, budgets, frozen globals,
// error locations and print limits.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
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
    std::string path, expect, file;  // file: where the error is, when not in the case itself
    int line = 0;
};

std::vector<HostileCase> hostile_corpus() {
    std::vector<HostileCase> cases;
    for (const auto& entry : fs::directory_iterator(source_path("tests/hostile"))) {
        if (!entry.is_regular_file()) continue;  // lib/: modules the cases require
        HostileCase c{entry.path().string(), "", "", 0};
        std::string text = read_text(c.path);
        auto field = [&](const std::string& key) {
            auto pos = text.find("-- " + key + ": ");
            if (pos == std::string::npos) return std::string();
            pos += key.size() + 5;
            return text.substr(pos, text.find('\n', pos) - pos);
        };
        c.expect = field("expect");
        c.file = field("file").empty() ? c.path : source_path("tests/hostile/" + field("file"));
        std::string line = field("line");
        c.line = line.empty() ? 0 : std::stoi(line);
        if (c.expect != "OK") cases.push_back(c);
    }
    return cases;
}

}  // namespace

TEST_CASE("every hostile script is stopped by its instructions or memory with FILE:LINE", "[sandbox]") {
    auto cases = hostile_corpus();
    REQUIRE(cases.size() >= 20);
    for (const auto& c : cases) {
        SECTION(fs::path(c.path).filename().string()) {
            Diagnostics diags;
            auto sandbox = run_script(c.path, scripts_root_for(c.path), SandboxLimits{}, diags);
            REQUIRE(diags.size() == 1);
            const Diagnostic& d = diags[0];
            INFO(d.format());
            CHECK(contained_as(d.message, c.expect));
            CHECK(d.file == c.file);
            CHECK(d.line == c.line);
        }
    }
}

TEST_CASE("after a hostile script the host carries on", "[sandbox]") {
    Diagnostics diags;
    run_script(source_path("tests/hostile/memory_doubling.lua"), source_path("scripts"), SandboxLimits{}, diags);
    run_script(source_path("tests/hostile/loop_toplevel.lua"), source_path("scripts"), SandboxLimits{}, diags);
    CHECK(diags.size() == 2);
    auto [story, host] = load_ok(source_path("tests/fixtures/encounters/desk.lua"));
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
    try {
        s.choose(Mode::Collaborate);
        FAIL("expected a script error");
    } catch (const ScriptError& e) {
        CHECK(e.line() == 15);
        CHECK(e.message().find("endless loop") != std::string::npos);
        CHECK(e.file().find("mini.lua") != std::string::npos);
        CHECK_FALSE(e.traceback().empty());
    }
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

namespace {

// Runs `source` as probe.lua and returns the ScriptError it raises (failing the test if none).
ScriptError error_of(LuaSandbox& sb, const std::string& source) {
    try {
        sb.run_source(source, "probe.lua");
    } catch (const ScriptError& e) {
        return e;
    }
    FAIL("expected a script error from: " << source);
    throw;  // unreachable: FAIL throws
}

// Calls field `name` of the table on top of the stack with no arguments.
void call_field(LuaSandbox& sb, const char* name) {
    lua_getfield(sb.L(), -1, name);
    sb.call(0, 1);
    lua_pop(sb.L(), 1);
}

// What the script printed to stderr while `fn` ran.
template <class Fn>
std::string stderr_of(Fn fn) {
    std::string path = temp_dir("print") + "/stderr.txt";
    std::fflush(stderr);
    int saved = ::dup(2);
    FILE* to = std::fopen(path.c_str(), "w");
    ::dup2(::fileno(to), 2);
    fn();
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
    std::fclose(to);
    return read_text(path);
}

}  // namespace

TEST_CASE("the budget is counted in instructions and charged work, never in wall time", "[sandbox]") {
    CHECK(SandboxLimits{}.wall_backstop >= std::chrono::seconds(4));
    SandboxLimits small;
    small.instructions = 100'000;
    // A loop stops at the same line with the same message every time.
    LuaSandbox a(source_path("scripts"), small), b(source_path("scripts"), small);
    const char* loop = "local n = 0\nfor i = 1, 1e9 do n = n + 1 end\n";
    ScriptError ea = error_of(a, loop), eb = error_of(b, loop);
    CHECK(ea.line() == 2);
    CHECK(std::string(ea.what()) == eb.what());
    CHECK(ea.message().find("100000 instructions") != std::string::npos);
    // The same loop, short enough, passes.
    a.run_source("local n = 0\nfor i = 1, 1000 do n = n + 1 end\nreturn n", "probe.lua");
    CHECK(lua_tointeger(a.L(), -1) == 1000);
    // A hundred instructions that each copy 3 MB are charged for the copying.
    LuaSandbox c(source_path("scripts"));
    ScriptError ec = error_of(c, "local s = string.rep('x', 3000000)\nfor i = 1, 100 do local t = s .. 'y' end\n");
    CHECK(ec.line() == 2);
    CHECK(ec.message().find("20 million instructions") != std::string::npos);
}

TEST_CASE("after loading, no call can leave a value in the script's environment for the next call", "[sandbox]") {
    LuaSandbox sb(source_path("scripts"));
    sb.run_source(R"LUA(
        return {
          rawset_g = function() rawset(_G, "n", 1) end,
          rawset_env = function() rawset(_ENV, "n", 1) end,
          assign = function() n = 1 end,
          assign_env = function() _ENV.n = 1 end,
          library = function() string.n = 1 end,
          rawset_library = function() rawset(math, "n", 1) end,
          metatable = function() setmetatable(_G, nil) end,
          metatable_library = function() setmetatable(table, { __index = { n = 1 } }) end,
          insert = function() table.insert(_G, 1) end,
          replace_env = function() _ENV = { n = 1 } end,
          probe = function()
            return rawget(_G, "n") == nil and n == nil and string.n == nil and math.n == nil and table.n == nil
               and rawget(_G, 1) == nil and getmetatable(_G) == false
          end,
        }
    )LUA",
                  "probe.lua");
    sb.freeze_globals();
    for (const char* route : {"rawset_g", "rawset_env", "assign", "assign_env", "library", "rawset_library",
                              "metatable", "metatable_library", "insert", "replace_env"}) {
        INFO(route);
        CHECK_THROWS_AS(call_field(sb, route), ScriptError);
        lua_getfield(sb.L(), -1, "probe");
        sb.call(0, 1);
        CHECK(lua_toboolean(sb.L(), -1));
        lua_pop(sb.L(), 1);
    }
}

TEST_CASE("a file that sets up its own _ENV while it loads keeps it during play", "[sandbox]") {
    LuaSandbox sb(source_path("scripts"));
    sb.run_source("local base = _ENV\n_ENV = setmetatable({}, { __index = base })\nlimit = 3\n"
                  "return function() return limit end",
                  "probe.lua");
    sb.freeze_globals();
    sb.call(0, 1);
    CHECK(lua_tointeger(sb.L(), -1) == 3);
}

TEST_CASE("an error is located by the engine, never by what its message claims", "[sandbox]") {
    LuaSandbox sb(source_path("scripts"));
    ScriptError spoofed = error_of(sb, "local x = 1\nerror('/etc/passwd:1: boom', 0)\n");
    CHECK(spoofed.file() == "probe.lua");
    CHECK(spoofed.line() == 2);
    CHECK(spoofed.message() == "/etc/passwd:1: boom");
    // A location Lua put there, of a frame that is running, is the error's: error(msg, 2) names the caller.
    ScriptError caller = error_of(sb, "local function f() error('bad', 2) end\nlocal y = 2\nf()\n");
    CHECK(caller.line() == 3);
    CHECK(caller.message() == "bad");
    // This very file at a line where nothing runs is only text.
    ScriptError own = error_of(sb, "local x = 1\nerror('probe.lua:1: boom', 0)\n");
    CHECK(own.line() == 2);
    CHECK(own.message() == "probe.lua:1: boom");
}

TEST_CASE("an error keeps at most 2000 characters of its message and says how much it left out", "[sandbox]") {
    LuaSandbox sb(source_path("scripts"));
    ScriptError e = error_of(sb, "error(string.rep('x', 3000000))");
    CHECK(e.line() == 1);
    CHECK(e.message() == std::string(kMaxErrorMessage, 'x') + "\xE2\x80\xA6 (2998000 more characters)");
    CHECK(std::string(e.what()).size() < kMaxErrorMessage + 100);
}

TEST_CASE("print shows control characters escaped and at most 20 lines per call", "[sandbox]") {
    LuaSandbox sb(source_path("scripts"));
    std::string out = stderr_of([&] {
        sb.run_source("for i = 1, 1000 do print('\\27[2J', i) end\nreturn function() print('again') end", "probe.lua");
        sb.call(0, 0);
    });
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find("probe.lua:1: print: \\x1b[2J\t1\n") != std::string::npos);
    CHECK(out.find("\t20\n") != std::string::npos);
    CHECK(out.find("\t21\n") == std::string::npos);
    CHECK(out.find("further output suppressed") != std::string::npos);
    CHECK(out.find("probe.lua:2: print: again\n") != std::string::npos);  // the next call prints again
    CHECK(std::count(out.begin(), out.end(), '\n') == 22);
}

TEST_CASE("print writes at most 4 KB per call", "[sandbox]") {
    LuaSandbox sb(source_path("scripts"));
    std::string out = stderr_of([&] { sb.run_source("print(string.rep('y', 1000000))", "probe.lua"); });
    CHECK(out.size() < 4096 + 200);
    CHECK(out.find("further output suppressed") != std::string::npos);
}
