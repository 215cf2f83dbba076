#include <catch2/catch.hpp>

#include "autoplay.hpp"
#include "minimal_encounter.hpp"
#include "profile.hpp"
#include "save.hpp"
#include "session.hpp"
#include "session_json.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;

namespace {

std::string random_encounter() {
    return with(minimal_encounter(), "effects = { trust = 20, wall = -30 }",
                "effects = function(s) return { trust = s.random(1, 30), money = -s.random(1, 100) } end");
}

std::string play_json(std::shared_ptr<const Story> story, std::uint64_t seed, std::vector<Mode> modes) {
    Session s(story, seed);
    std::size_t i = 0;
    autoplay(s, [&](const Session&) { return modes[i++ % modes.size()]; });
    return session_report(s).dump();
}

}  // namespace

TEST_CASE("same seed and same choices give the same session, byte for byte", "[session][determinism]") {
    std::string dir = temp_dir("session");
    auto story = load_ok(write_temp_file(dir, "rand.lua", random_encounter()));
    std::string a = play_json(story, 42, {Mode::Collaborate});
    std::string b = play_json(load_ok(write_temp_file(dir, "rand.lua", random_encounter())), 42, {Mode::Collaborate});
    CHECK(a == b);
    bool some_seed_differs = false;
    for (std::uint64_t seed = 1; seed < 20 && !some_seed_differs; ++seed)
        some_seed_differs = play_json(story, seed, {Mode::Collaborate}) != a;
    CHECK(some_seed_differs);
}

TEST_CASE("the whole campaign replays identically", "[session][determinism]") {
    auto story = load_ok(source_path("scripts/campaign.lua"));
    std::vector<Mode> modes = {Mode::Collaborate, Mode::Compete, Mode::Avoid, Mode::Accommodate, Mode::Compromise};
    CHECK(play_json(story, 5, modes) == play_json(story, 5, modes));
}

TEST_CASE("the log records every decision with the state before and after", "[session]") {
    auto story = load_ok(source_path("scripts/encounters/wrong_size.lua"));
    Session s(story, 1);
    REQUIRE(s.beat().kind == BeatKind::Narration);
    CHECK(s.state().log.back().kind == EventKind::Narration);
    s.proceed();
    REQUIRE(s.at_decision());
    CHECK(s.beat().id == "first_ask");
    s.choose(Mode::Collaborate);
    const Event& ev = s.state().log.back();
    CHECK(ev.kind == EventKind::Decision);
    CHECK(ev.beat == "first_ask");
    CHECK(ev.mode == Mode::Collaborate);
    CHECK(ev.fit == 5);
    CHECK(ev.best_fit == 5);
    CHECK(ev.before.customer.trust == 45);
    CHECK(ev.before.customer.wall == 40);
    CHECK(ev.after.customer.trust == 48);  // +5 through a wall of 40 lands as +3
    CHECK(ev.after.customer.wall == 15);
    CHECK(ev.after.customer.mood == "wary");
    CHECK(s.state().flags.count("admitted"));
}

TEST_CASE("the session refuses moves it cannot make", "[session]") {
    auto story = load_ok(source_path("scripts/encounters/wrong_size.lua"));
    Session s(story, 1);
    s.proceed();
    CHECK_THROWS_AS(s.proceed(), SessionMisuse);
    autoplay(s, [](const Session&) { return Mode::Compete; });
    CHECK(s.finished());
    CHECK_THROWS_AS(s.choose(Mode::Avoid), SessionMisuse);
}

TEST_CASE("campaign flags carry between encounters and route the campaign", "[session][campaign]") {
    auto story = load_ok(source_path("scripts/campaign.lua"));
    Session s(story, 1);
    autoplay(s, [](const Session&) { return Mode::Compete; });
    std::vector<std::string> order;
    for (const auto& r : s.state().results) order.push_back(r.stage);
    REQUIRE(order.size() == story->stages.size());
    CHECK(s.state().story.count("public_post"));
    // A public post brings the hotel forward, before the support line.
    auto hotel = std::find(order.begin(), order.end(), "hotel_review");
    auto support = std::find(order.begin(), order.end(), "support_line");
    CHECK(hotel < support);
    long long sum = 0;
    for (const auto& r : s.state().results) sum += r.final.business.money;
    CHECK(s.state().totals.money == sum);
    CHECK(s.state().outcomes.at("wrong_size") == "lost");
}

TEST_CASE("a later encounter changes with an earlier outcome", "[session][campaign]") {
    auto story = load_ok(source_path("scripts/campaign.lua"));
    // Marisol, won back (collaborate) or lost (compete) at the store, is the nurse at
    // the clinic: the same play there ends differently.
    auto clinic_result = [&](Mode at_store) {
        Session s(story, 1);
        autoplay(s, [&](const Session& at) -> std::optional<Mode> {
            if (at.state().outcomes.count("clinic_wait")) return std::nullopt;
            return at.state().stage == "wrong_size" ? at_store : Mode::Collaborate;
        });
        return s.state().results.back();
    };
    StageResult after_fan = clinic_result(Mode::Collaborate);
    StageResult after_critic = clinic_result(Mode::Compete);
    REQUIRE(after_fan.stage == "clinic_wait");
    REQUIRE(after_critic.stage == "clinic_wait");
    CHECK(after_fan.final.customer.trust > after_critic.final.customer.trust);
}

TEST_CASE("resuming at a beat that no longer exists falls back to the nearest earlier decision", "[session]") {
    auto story = load_ok(source_path("scripts/encounters/wrong_size.lua"));
    Session s(story, 1);
    s.proceed();
    s.choose(Mode::Collaborate);
    SessionState saved = s.state();
    saved.beat = "renamed_in_an_edit";
    Session resumed(story, saved);
    CHECK(resumed.state().beat == "first_ask");
    CHECK(resumed.at_decision());
    SessionState same = s.state();
    Session exact(story, same);
    CHECK(exact.state().beat == "plan");
}

TEST_CASE("jumping to a beat enters it", "[session]") {
    auto story = load_ok(source_path("scripts/encounters/wrong_size.lua"));
    Session s(story, 1);
    s.jump_to("policy");
    CHECK(s.beat().id == "policy");
    CHECK_THROWS_AS(s.jump_to("nowhere"), SessionMisuse);
}
