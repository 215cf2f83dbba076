#include <catch2/catch.hpp>

#include <map>

#include "autoplay.hpp"
#include "session.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;

// The worked example in scripts/README.md, played to each of its endings.
TEST_CASE("the worked example reaches every ending", "[example]") {
    auto [story, host] = load_ok(source_path("scripts/encounters/wrong_size.lua"));
    struct Path {
        std::vector<Mode> modes;
        std::string ending, outcome;
        int min_trust, max_trust;
    };
    std::vector<Path> paths = {
        {{Mode::Collaborate, Mode::Collaborate}, "won_back", "won_back", 60, 100},
        {{Mode::Collaborate, Mode::Compromise}, "kept", "kept", 45, 59},
        {{Mode::Avoid, Mode::Accommodate}, "escalated", "escalated", 0, 44},
        {{Mode::Compete, Mode::Compete}, "walk_out", "lost", 0, 20},
        // Recovering after a bad start keeps her, but does not win her back.
        {{Mode::Compete, Mode::Collaborate, Mode::Collaborate}, "kept", "kept", 45, 59},
    };
    std::map<std::string, int> reached;
    for (const auto& p : paths) {
        Session s(story, host, 1);
        std::size_t i = 0;
        REQUIRE(autoplay(s, [&](const Session&) -> std::optional<Mode> {
            if (i < p.modes.size()) return p.modes[i++];
            return std::nullopt;
        }));
        const StageResult& r = s.state().results.back();
        INFO("path ending in " << p.ending);
        CHECK(r.ending == p.ending);
        CHECK(r.outcome == p.outcome);
        CHECK(r.final.customer.trust >= p.min_trust);
        CHECK(r.final.customer.trust <= p.max_trust);
        ++reached[r.ending];
    }
    for (const auto& b : story->stages[0].encounter->beats)
        if (b.kind == BeatKind::Ending) CHECK(reached.count(b.id));
}

TEST_CASE("frontdoor run plays the worked example to every ending", "[example][cli]") {
    std::map<std::string, std::string> choices = {{"won_back", "collaborate,collaborate"},
                                                  {"kept", "collaborate,compromise"},
                                                  {"escalated", "avoid,accommodate"},
                                                  {"lost", "compete,compete"}};
    for (const auto& [outcome, modes] : choices) {
        auto r = run_cli("run scripts/encounters/wrong_size.lua --choose " + modes);
        CHECK(r.code == 0);
        CHECK(r.out.find("Outcome: " + outcome) != std::string::npos);
    }
}

TEST_CASE("keeping a customer keeps her value and losing her loses it", "[example]") {
    auto [story, host] = load_ok(source_path("scripts/encounters/wrong_size.lua"));
    Session won(story, host, 1), lost(story, host, 1);
    autoplay(won, [](const Session&) { return Mode::Collaborate; });
    autoplay(lost, [](const Session&) { return Mode::Compete; });
    CHECK(won.state().results.back().final.business.money == 600 - 15);
    CHECK(lost.state().results.back().final.business.money == -600);
    CHECK(won.state().totals.reputation == 2);
}

TEST_CASE("the API page shows the worked example exactly as the file is", "[example][docs]") {
    std::string page = read_text(source_path("scripts/README.md"));
    auto section = page.find("## Worked example");
    REQUIRE(section != std::string::npos);
    auto start = page.find("```lua\n", section);
    REQUIRE(start != std::string::npos);
    start += 7;
    auto end = page.find("```\n", start);
    REQUIRE(end != std::string::npos);
    CHECK(page.substr(start, end - start) == read_text(source_path("scripts/encounters/wrong_size.lua")));
}
