// A workshop's session plan: the facilitator picks which of the campaign's
// encounters to play and in what order, with each one's time estimate and the
// total; the plan plays in its own workshop save (a player's own game is left
// alone), continues after a restart and ends in one summary over every
// encounter played. Also: every workshop session opens on the introduction.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "game.hpp"
#include "save.hpp"
#include "session_estimate.hpp"
#include "session_plan.hpp"
#include "story_loader.hpp"
#include "test_support.hpp"
#include "window_support.hpp"

using namespace fdtest;
using fdg::Intent;
namespace fs = std::filesystem;

namespace {

fdg::Options campaign_options(const std::string& saves, bool facilitator) {
    fdg::Options o;
    o.story_path = source_path("scripts/campaign.lua");
    o.scripts_dir = source_path("scripts");
    o.save_dir = saves;
    o.facilitator = facilitator;
    return o;
}

int row_of_stage(const fdg::Game& g, const std::string& stage) {
    const auto& plan = g.library().plan;
    for (std::size_t i = 0; i < plan.size(); ++i)
        if (plan[i].stage == stage) return static_cast<int>(i);
    return -1;
}

// Leaves only `stages` picked, in that order, at the top of the plan.
void plan_only(fdg::Game& g, const std::vector<std::string>& stages) {
    for (std::size_t i = 0; i < g.library().plan.size(); ++i)
        if (g.library().plan[i].picked) g.apply(Intent::vote(Intent::PlanToggle, static_cast<int>(i)));
    for (std::size_t want = 0; want < stages.size(); ++want) {
        int row = row_of_stage(g, stages[want]);
        REQUIRE(row >= 0);
        g.apply(Intent::vote(Intent::PlanToggle, row));
        for (int guard = 0; guard < 20 && row > static_cast<int>(want); ++guard, --row)
            g.apply(Intent::vote(Intent::PlanMove, row, -1));
        REQUIRE(g.library().plan[want].stage == stages[want]);
    }
}

// Plays the session to its end with the clicker's next alone: a vote with no hands asks
// first, then plays the answer selected.
void play_to_summary(fdg::Game& g) {
    for (int step = 0; step < 400 && g.screen_name() != "summary"; ++step) g.apply(Intent::of(Intent::Advance));
}

std::vector<std::string> stages_played(const fdg::Game& g) {
    std::vector<std::string> out;
    for (const auto& r : g.session()->state().results) out.push_back(r.stage);
    return out;
}

}  // namespace

TEST_CASE("plan: a plan plays the campaign's picked stages in the picked order and skips the rest", "[plan]") {
    fd::StoryLoad load = fd::load_story(source_path("scripts/campaign.lua"));
    REQUIRE(load.story);
    auto plan = fd::planned_story(*load.story, {"late_fee", "wrong_size"});
    REQUIRE(plan->stages.size() == 2);
    CHECK(plan->start == "late_fee");
    CHECK(plan->stage("late_fee")->next == "wrong_size");
    CHECK(plan->stage("wrong_size")->next.empty());
    CHECK_FALSE(plan->stage("wrong_size")->next_function.valid());
    CHECK(plan->stage("clinic_wait") == nullptr);
    CHECK_THROWS_AS(fd::planned_story(*load.story, {}), fd::PlanError);
    CHECK_THROWS_AS(fd::planned_story(*load.story, {"late_fee", "late_fee"}), fd::PlanError);
    CHECK_THROWS_AS(fd::planned_story(*load.story, {"no_such_stage"}), fd::PlanError);
    // A saved plan after the campaign changed keeps the stages that are still there.
    CHECK(fd::plan_still_valid(*load.story, {"gone", "room_key", "room_key", "wrong_size"}) ==
          std::vector<std::string>{"room_key", "wrong_size"});
}

TEST_CASE("plan: the facilitator's chooser lists every encounter with its time and totals the picked ones", "[plan][game]") {
    std::string dir = temp_dir("plan_pick");
    fdg::Game g(campaign_options(dir, true));
    g.apply(Intent::of(Intent::OpenChooser));
    CHECK(g.screen_name() == "plan");
    const auto& plan = g.library().plan;
    REQUIRE(plan.size() == g.library().main_story->stages.size());
    int all = 0;
    for (const auto& e : plan) {
        INFO(e.stage);
        CHECK(e.picked);  // a new plan starts with the whole campaign
        CHECK(e.decisions > 0);
        all += e.decisions;
    }
    CHECK(g.plan_decisions() == all);
    int wrong_size = plan[static_cast<std::size_t>(row_of_stage(g, "wrong_size"))].decisions;
    int late_fee = plan[static_cast<std::size_t>(row_of_stage(g, "late_fee"))].decisions;
    plan_only(g, {"late_fee", "wrong_size"});
    CHECK(g.plan_decisions() == wrong_size + late_fee);
    // The minutes per decision are a setting, kept with the others.
    g.apply(Intent::vote(Intent::SetMinutes, 0, 5));
    CHECK(g.settings().minutes_per_decision == 5);
    CHECK(fdg::estimate_text(g.plan_decisions(), 5).find(std::to_string(5 * (wrong_size + late_fee)) + " min") != std::string::npos);
    g.apply(Intent::vote(Intent::SetMinutes, 0, 0));
    CHECK(g.settings().minutes_per_decision == 1);  // never below a minute
    // Moving past either end does nothing.
    g.apply(Intent::vote(Intent::PlanMove, 0, -1));
    CHECK(g.library().plan[0].stage == "late_fee");
    // With nothing picked, the plan cannot start.
    fdg::Game empty(campaign_options(dir + "/other", true));
    empty.apply(Intent::of(Intent::OpenChooser));
    for (std::size_t i = 0; i < empty.library().plan.size(); ++i) empty.apply(Intent::vote(Intent::PlanToggle, static_cast<int>(i)));
    empty.apply(Intent::of(Intent::StartPlan));
    CHECK_FALSE(empty.session());
    fs::remove_all(dir);
}

TEST_CASE("plan: the plan opens on the introduction, plays in order and ends in one summary over every encounter", "[plan][game]") {
    std::string dir = temp_dir("plan_play");
    fdg::Game g(campaign_options(dir, true));
    g.apply(Intent::of(Intent::OpenChooser));
    plan_only(g, {"late_fee", "wrong_size"});
    g.apply(Intent::of(Intent::StartPlan));
    REQUIRE(g.session());
    CHECK(g.screen_name() == "intro");  // every workshop session starts with the two axes and five modes
    g.apply(Intent::of(Intent::Advance));  // the clicker's next begins
    CHECK(g.screen_name() != "intro");
    CHECK(g.session()->state().stage == "late_fee");
    play_to_summary(g);
    REQUIRE(g.screen_name() == "summary");
    CHECK(stages_played(g) == std::vector<std::string>{"late_fee", "wrong_size"});
    // Every vote of both encounters is there, for the summary and the handout.
    std::set<std::string> voted;
    for (const auto& v : g.workshop().votes) voted.insert(v.stage);
    CHECK(voted == std::set<std::string>{"late_fee", "wrong_size"});
    g.apply(Intent::of(Intent::WriteHandout));
    std::string html = read_text(dir + "/workshop_handout.html");
    CHECK(html.find(g.session()->story().stage("late_fee")->encounter->title) != std::string::npos);
    CHECK(html.find(g.session()->story().stage("wrong_size")->encounter->title) != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("plan: a plan has its own workshop save, continues after a restart, and never touches a player's own game",
          "[plan][game][saves]") {
    std::string dir = temp_dir("plan_save");
    fdg::Options solo = campaign_options(dir, false);
    solo.skip_intro = true;
    std::string player_save;
    {
        fdg::Game p(solo);
        p.new_game();
        REQUIRE(p.session());
        p.proceed();
        player_save = fd::save_to_json({solo.story_path, p.play().player, 1, p.session()->state()}).dump();
    }
    {
        fdg::Game g(campaign_options(dir, true));
        g.apply(Intent::of(Intent::OpenChooser));
        plan_only(g, {"clinic_wait", "late_fee"});
        g.apply(Intent::of(Intent::StartPlan));
        REQUIRE(g.session());
        g.apply(Intent::of(Intent::Advance));  // past the introduction
        for (int step = 0; step < 100 && g.session()->state().stage == "clinic_wait"; ++step) g.apply(Intent::of(Intent::Advance));
        REQUIRE(g.session()->state().stage == "late_fee");  // the second encounter of the plan
    }
    fdg::Game again(campaign_options(dir, true));
    again.continue_game();
    REQUIRE(again.session());
    CHECK(again.session()->state().stage == "late_fee");
    CHECK(again.play().plan == std::vector<std::string>{"clinic_wait", "late_fee"});
    // The chooser remembers the plan's picks and order.
    again.apply(Intent::of(Intent::OpenChooser));
    CHECK(again.library().plan[0].stage == "clinic_wait");
    CHECK(again.library().plan[1].stage == "late_fee");
    CHECK_FALSE(again.library().plan[2].picked);
    again.continue_game();
    play_to_summary(again);
    CHECK(stages_played(again) == std::vector<std::string>{"clinic_wait", "late_fee"});  // and no stage after it
    // The player's own game is exactly where it was.
    fdg::Game p(solo);
    p.continue_game();
    REQUIRE(p.session());
    CHECK(fd::save_to_json({solo.story_path, p.play().player, 1, p.session()->state()}).dump() == player_save);
    fs::remove_all(dir);
}

TEST_CASE("window: a plan of two encounters in reverse order is played through to one combined summary",
          "[window][plan]") {
    // The second row moved up (Down, then "["), rows 3-9 left out (the digits toggle rows), S starts;
    // the intro is skipped in the window tests (FRONTDOOR_SKIP_INTRO=1). PageDown plays on:
    // a vote with no hands asks first, then plays the selected answer.
    std::string keys = "e,Down,[,3,4,5,6,7,8,9,s";
    for (int i = 0; i < 90; ++i) keys += ",PageDown";
    WindowRun r = run_window({"--facilitator --keys " + keys});
    INFO(r.describe());
    REQUIRE(r.code == 0);
    CHECK(r.screen() == "summary");
    std::vector<std::string> stages;
    for (const auto& res : r.state.at("results")) stages.push_back(res.at("stage").get<std::string>());
    CHECK(stages == std::vector<std::string>{"late_fee", "wrong_size"});
    std::vector<std::string> voted;
    for (const auto& v : r.window().at("room_votes"))
        if (voted.empty() || voted.back() != v.at("stage").get<std::string>()) voted.push_back(v.at("stage").get<std::string>());
    CHECK(voted == std::vector<std::string>{"late_fee", "wrong_size"});
}
