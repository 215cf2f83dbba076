// The ScriptHost's calls into scripts: s.random kept past its call, s.random at the
// ends of the 64-bit range, and run-time errors that name file, line and beat.
#include <catch2/catch.hpp>

#include <climits>

#include "minimal_encounter.hpp"
#include "rng.hpp"
#include "session.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;

namespace {

const std::string kCollaborate = "effects = { trust = 20, wall = -30 }";  // line 15 of minimal_encounter()
const std::string kCompromise = "effects = { trust = 4 }";                // line 14

// The error a move raises; fails the test when it raises none.
template <class Move>
ScriptError error_of(Move move) {
    try {
        move();
    } catch (const ScriptError& e) {
        return e;
    }
    FAIL("expected a script error");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("an s.random kept past its call is a clear error at its line, not a read of freed memory", "[script_host]") {
    std::string dir = temp_dir("host");
    auto text = "local kept = {}\n" + minimal_encounter();  // every line one further down
    text = with(text, kCollaborate, "effects = function(s) kept.random = s.random return { trust = 1 } end");
    text = with(text, kCompromise, "effects = function(s) return { trust = kept.random(1, 6) } end");
    std::string path = write_temp_file(dir, "kept.lua", text);
    auto [story, host] = load_ok(path);
    {
        // The first session hands s.random to the script and ends: its state is gone.
        auto first = std::make_unique<Session>(story, host, 1);
        first->choose(Mode::Collaborate);
    }
    Session later(story, host, 2);
    SessionState before = later.state();
    ScriptError e = error_of([&] { later.choose(Mode::Compromise); });
    CHECK(e.file() == path);
    CHECK(e.line() == 15);
    CHECK(e.message().find("s.random can only be used during the call that received it") != std::string::npos);
    CHECK(e.beat() == "ask");
    CHECK(later.state().customer == before.customer);
    CHECK(later.state().rng == before.rng);
    later.choose(Mode::Accommodate);  // the game carries on
    CHECK(later.state().beat == "kept");
}

TEST_CASE("s.random gives a value in range at the ends of the 64-bit integers", "[script_host]") {
    std::string dir = temp_dir("host");
    auto text = with(minimal_encounter(), kCollaborate, R"(effects = function(s)
      local full = s.random(math.mininteger, math.maxinteger)
      local top = s.random(math.maxinteger, math.maxinteger)
      local bottom = s.random(math.mininteger, math.mininteger)
      local wide = s.random(-1, math.maxinteger)
      return { flags = { full = math.type(full) == "integer", top = top == math.maxinteger,
                         bottom = bottom == math.mininteger, wide = wide >= -1 } }
    end)");
    auto [story, host] = load_ok(write_temp_file(dir, "extremes.lua", text));
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        Session s(story, host, seed);
        s.choose(Mode::Collaborate);
        for (const char* flag : {"full", "top", "bottom", "wide"}) {
            INFO("seed " << seed << ", " << flag);
            CHECK(std::get<bool>(s.state().flags.at(flag)));
        }
    }
}

TEST_CASE("Rng::between stays in range for any bounds and is unchanged for game-sized ranges", "[script_host][rng]") {
    const long long lo = LLONG_MIN, hi = LLONG_MAX;
    struct Range {
        long long lo, hi;
    };
    bool negative = false, positive = false;
    for (std::uint64_t seed = 1; seed <= 1000; ++seed) {
        for (Range r : {Range{lo, hi}, Range{hi, hi}, Range{lo, lo}, Range{-1, hi}, Range{lo, 0}, Range{lo + 1, hi}}) {
            Rng rng(seed);
            long long v = rng.between(r.lo, r.hi);
            INFO("seed " << seed << " range " << r.lo << ".." << r.hi << " gave " << v);
            CHECK((r.lo <= v && v <= r.hi));
        }
        long long v = Rng(seed).between(lo, hi);
        negative = negative || v < 0;
        positive = positive || v > 0;
        // A game-sized range: the draw is still lo + next() % (hi - lo + 1), as saves and replays expect.
        Rng a(seed), b(seed);
        CHECK(a.between(-50, 50) == -50 + static_cast<long long>(b.next() % 101));
        CHECK(a.state() == b.state());
    }
    CHECK(negative);
    CHECK(positive);
}

TEST_CASE("an error in an effects function names its file, its line and the beat", "[script_host]") {
    std::string dir = temp_dir("host");
    auto text = with(minimal_encounter(), kCollaborate, R"(effects = function(s) error("no stock left") end)");
    std::string path = write_temp_file(dir, "boom.lua", text);
    auto [story, host] = load_ok(path);
    Session s(story, host, 1);
    ScriptError e = error_of([&] { s.choose(Mode::Collaborate); });
    CHECK(e.file() == path);
    CHECK(e.line() == 15);
    CHECK(e.beat() == "ask");
    CHECK(std::string(e.what()) == path + ":15: no stock left (at beat 'ask')");
}

TEST_CASE("an error in a route condition names the route's beat", "[script_host]") {
    std::string dir = temp_dir("host");
    auto text = with(minimal_encounter(), R"(next = "kept", fit = 5)", R"(next = "check", fit = 5)");
    text = with(text, R"(    ending { id = "kept",)", R"(    route { id = "check", cases = {
      { when = function(s) return s.flags.missing.deeper end, next = "kept" },
    }, otherwise = "lost" },
    ending { id = "kept",)");
    std::string path = write_temp_file(dir, "route.lua", text);
    auto [story, host] = load_ok(path);
    Session s(story, host, 1);
    ScriptError e = error_of([&] { s.choose(Mode::Collaborate); });
    CHECK(e.file() == path);
    CHECK(e.line() == 20);
    CHECK(e.beat() == "check");
    CHECK(e.message().find("(at beat 'check')") != std::string::npos);
}

TEST_CASE("a library function used directly as effects or a condition is reported at its line in the encounter",
          "[script_host]") {
    std::string dir = temp_dir("host");
    SECTION("effects = string.rep") {
        auto text = with(minimal_encounter(), kCollaborate, "effects = string.rep");
        std::string path = write_temp_file(dir, "lib_effects.lua", text);
        auto [story, host] = load_ok(path);
        Session s(story, host, 1);
        ScriptError e = error_of([&] { s.choose(Mode::Collaborate); });
        INFO(e.what());
        CHECK(e.file() == path);
        CHECK(e.line() == 15);
        CHECK(e.beat() == "ask");
    }
    SECTION("when = string.rep") {
        auto text = with(minimal_encounter(), R"(next = "kept", fit = 5)", R"(next = "check", fit = 5)");
        text = with(text, R"(    ending { id = "kept",)", R"(    route { id = "check", cases = {
      { when = string.rep, next = "kept" },
    }, otherwise = "lost" },
    ending { id = "kept",)");
        std::string path = write_temp_file(dir, "lib_when.lua", text);
        auto [story, host] = load_ok(path);
        Session s(story, host, 1);
        ScriptError e = error_of([&] { s.choose(Mode::Collaborate); });
        INFO(e.what());
        CHECK(e.file() == path);
        CHECK(e.line() == 20);
        CHECK(e.beat() == "check");
    }
}

TEST_CASE("an error in a stage's next function names the campaign file, its line and the stage", "[script_host]") {
    std::string dir = temp_dir("host");
    write_temp_file(dir, "encounters/mini.lua", minimal_encounter());
    std::string path = write_temp_file(dir, "campaign.lua", R"(return campaign {
  id = "c", title = "C", start = "one",
  stages = {
    stage { id = "one", file = "encounters/mini.lua",
            next = function(s) return s.story.nothing.here end },
    stage { id = "two", file = "encounters/mini.lua" },
  },
}
)");
    auto [story, host] = load_ok(path);
    Session s(story, host, 1);
    s.choose(Mode::Collaborate);
    REQUIRE(s.beat().kind == BeatKind::Ending);
    ScriptError e = error_of([&] { s.proceed(); });
    CHECK(e.file() == path);
    CHECK(e.line() == 5);
    CHECK(e.stage() == "one");
    CHECK(e.message().find("(at beat 'kept' of stage 'one')") != std::string::npos);
    CHECK(s.state().stage == "one");
}
