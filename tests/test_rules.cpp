#include <catch2/catch.hpp>

#include "profile.hpp"
#include "rules.hpp"

using namespace fd;

TEST_CASE("a trust gain lands weaker while the wall is up, and losses land in full", "[rules]") {
    CHECK(landed_trust_change(10, 0) == 10);
    CHECK(landed_trust_change(10, 60) == 4);
    CHECK(landed_trust_change(10, 100) == 0);
    CHECK(landed_trust_change(-10, 90) == -10);
    CHECK(landed_trust_change(7, 50) == 3);  // rounded down
}

TEST_CASE("effects use the wall as it was before the answer", "[rules]") {
    SessionState s;
    s.customer = {40, 80, "upset"};
    Effects fx;
    fx.trust = 20;
    fx.wall = -80;
    apply_effects(fx, s);
    CHECK(s.customer.trust == 44);  // 20 * (100-80)/100
    CHECK(s.customer.wall == 0);
}

TEST_CASE("trust and wall are clamped to 0..100", "[rules]") {
    SessionState s;
    s.customer = {95, 5, "calm"};
    Effects fx;
    fx.trust = 50;
    fx.wall = -50;
    apply_effects(fx, s);
    CHECK(s.customer.trust == 100);
    CHECK(s.customer.wall == 0);
    fx.trust = -100;
    fx.wall = 300 / 3;
    apply_effects(fx, s);
    CHECK(s.customer.trust == 0);
    CHECK(s.customer.wall == 100);
}

TEST_CASE("mood follows trust unless the answer sets it", "[rules]") {
    SessionState s;
    s.customer = {50, 0, "wary"};
    Effects up;
    up.trust = 5;
    apply_effects(up, s);
    CHECK(s.customer.mood == "neutral");
    Effects small;
    small.trust = 4;
    apply_effects(small, s);
    CHECK(s.customer.mood == "neutral");
    Effects down;
    down.trust = -20;
    apply_effects(down, s);
    CHECK(s.customer.mood == "wary");
    Effects set;
    set.trust = 30;
    set.mood = "furious";
    apply_effects(set, s);
    CHECK(s.customer.mood == "furious");
    CHECK(mood_step("delighted", 1) == "delighted");
    CHECK(mood_step("furious", -1) == "furious");
}

TEST_CASE("a trust gain that the wall swallows does not lift the mood", "[rules]") {
    SessionState s;
    s.customer = {50, 90, "angry"};
    Effects fx;
    fx.trust = 30;  // lands as +3
    apply_effects(fx, s);
    CHECK(s.customer.trust == 53);
    CHECK(s.customer.mood == "angry");
}

TEST_CASE("money, reputation and flags add up", "[rules]") {
    SessionState s;
    Effects fx;
    fx.money = -25;
    fx.reputation = -1;
    fx.flags["apologised"] = true;
    fx.story["public_post"] = true;
    apply_effects(fx, s);
    apply_effects(fx, s);
    CHECK(s.business.money == -50);
    CHECK(s.business.reputation == -2);
    CHECK(std::get<bool>(s.flags.at("apologised")));
    CHECK(std::get<bool>(s.story.at("public_post")));
}

TEST_CASE("outcomes move the customer's value", "[rules]") {
    CHECK(outcome_money("kept", 600) == 600);
    CHECK(outcome_money("won_back", 600) == 600);
    CHECK(outcome_money("lost", 600) == -600);
    CHECK(outcome_money("escalated", 600) == 0);
    CHECK(outcome_money("parted", 600) == 0);
}

TEST_CASE("modes sit at their corners of the Thomas-Kilmann plane", "[rules]") {
    CHECK(mode_position(Mode::Compete).assertiveness > 0.5);
    CHECK(mode_position(Mode::Compete).cooperativeness < 0.5);
    CHECK(mode_position(Mode::Accommodate).assertiveness < 0.5);
    CHECK(mode_position(Mode::Accommodate).cooperativeness > 0.5);
    CHECK(mode_position(Mode::Collaborate).assertiveness > 0.5);
    CHECK(mode_position(Mode::Collaborate).cooperativeness > 0.5);
    CHECK(mode_position(Mode::Avoid).assertiveness < 0.5);
    CHECK(mode_position(Mode::Avoid).cooperativeness < 0.5);
    CHECK(mode_position(Mode::Compromise).assertiveness == Approx(0.5));
    for (Mode m : kAllModes) CHECK(parse_mode(mode_name(m)) == m);
    CHECK_FALSE(parse_mode("colaborate"));
}

TEST_CASE("the profile counts modes, the mean position and best-fit choices", "[rules]") {
    std::vector<Event> log;
    auto decision = [](Mode m, int fit, int best) {
        Event e;
        e.kind = EventKind::Decision;
        e.mode = m;
        e.fit = fit;
        e.best_fit = best;
        return e;
    };
    log.push_back(decision(Mode::Compete, 5, 5));
    log.push_back(decision(Mode::Avoid, 1, 4));
    Event narration;
    log.push_back(narration);
    log.push_back(decision(Mode::Compete, 2, 5));
    Profile p = compute_profile(log);
    CHECK(p.decisions == 3);
    CHECK(p.count(Mode::Compete) == 2);
    CHECK(p.count(Mode::Avoid) == 1);
    CHECK(p.best_fit_choices == 1);
    CHECK(p.best_fit_share() == Approx(1.0 / 3));
    CHECK(p.mean.assertiveness == Approx((0.9 + 0.1 + 0.9) / 3));
    CHECK(p.mean.cooperativeness == Approx(0.1));
    CHECK(compute_profile({}).decisions == 0);
}
