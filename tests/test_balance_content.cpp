// The shipped campaign teaches rather than rewards spotting a theme (issue 14): the
// limits on simple strategies, the spread of best modes, the situation tags that
// predict the fit, and `frontdoor balance` reporting all of it.
#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "fit_predictor.hpp"
#include "situation_words.hpp"
#include "minimal_encounter.hpp"
#include "strategy_shares.hpp"
#include "test_support.hpp"
#include "vocabulary.hpp"

using namespace fd;
using namespace fdtest;

namespace {

Loaded shipped_campaign() { return load_ok(source_path("scripts/campaign.lua")); }

}  // namespace

TEST_CASE("no simple strategy games the shipped campaign: the theme guesser stays at or under 60% best-fit "
          "answers and every always-the-same-mode strategy at or under 40%",
          "[balance][content]") {
    auto [story, host] = shipped_campaign();
    auto shares = strategy_shares(story, host);
    REQUIRE(shares.size() == 6);
    for (const auto& s : shares) {
        INFO(s.name << ": " << s.best << " of " << s.decisions << " " << s.error);
        CHECK(s.error.empty());
        CHECK(s.decisions >= 20);
        double limit = s.name == "theme guesser" ? kThemeGuesserLimit : kSingleModeLimit;
        CHECK(s.share() <= limit);
    }
    CHECK(shares.back().name == "theme guesser");
}

TEST_CASE("in the shipped campaign every decision has a fit-5 answer, each mode is best in at least six "
          "decisions, and no encounter of four or more decisions teaches one mode",
          "[content]") {
    auto [story, host] = shipped_campaign();
    std::map<Mode, int> campaign_best;
    std::set<const Encounter*> seen;
    for (const auto& st : story->stages) {
        if (!seen.insert(st.encounter.get()).second) continue;
        std::map<Mode, int> best;
        int decisions = 0;
        for (const auto& b : st.encounter->beats) {
            if (b.kind != BeatKind::Decision) continue;
            ++decisions;
            INFO(st.id << "/" << b.id);
            CHECK(b.best_fit() == 5);
            for (Mode m : best_modes(b)) ++best[m], ++campaign_best[m];
        }
        if (decisions < 4) continue;
        INFO(st.id << ": " << decisions << " decisions");
        CHECK(best.size() >= 3);
        for (const auto& [mode, n] : best) {
            INFO(mode_name(mode) << " best in " << n);
            CHECK(n * 2 <= decisions);
        }
    }
    for (Mode m : kAllModes) {
        INFO(mode_name(m));
        CHECK(campaign_best[m] >= 6);
    }
}

TEST_CASE("every shipped decision says whose fault it is, whether a line must hold and who can best resolve it, "
          "and the tags predict the best mode for at least 70% of decisions left out in turn",
          "[content]") {
    auto [story, host] = shipped_campaign();
    auto decisions = tagged_decisions(*story);
    REQUIRE(decisions.size() >= 40);
    for (const auto& d : decisions) {
        INFO(d.stage << "/" << d.beat);
        for (const char* key : {"fault", "line", "best_placed", "importance_customer", "importance_business", "time"})
            CHECK(d.situation.count(key) == 1);
    }
    PredictionScore score = leave_one_out(decisions);
    INFO(score.correct << " of " << score.decisions);
    CHECK(score.share() >= 0.70);
}

TEST_CASE("the theme guesser picks the mode that was best most often earlier in the encounter, collaborate at the first",
          "[balance]") {
    CHECK(theme_guess({}) == Mode::Collaborate);
    CHECK(theme_guess({{Mode::Compete}}) == Mode::Compete);
    CHECK(theme_guess({{Mode::Compete}, {Mode::Avoid}, {Mode::Avoid}}) == Mode::Avoid);
    // A tie in one decision counts for each of its best modes; ties between counts go to kAllModes order.
    CHECK(theme_guess({{Mode::Compete, Mode::Accommodate}}) == Mode::Accommodate);
}

TEST_CASE("the debrief can say which features of the moment pointed to the best mode", "[debrief][content]") {
    auto [story, host] = shipped_campaign();
    const Stage* st = story->stage("room_key");
    REQUIRE(st);
    const Beat* ask = st->encounter->beat("ask");
    REQUIRE(ask);
    REQUIRE(best_modes(*ask) == std::vector<Mode>{Mode::Compete});
    auto pointers = features_pointing_to(*story, *ask, Mode::Compete);
    REQUIRE(!pointers.empty());
    CHECK(pointers.size() <= 3);
    bool line_firm = false;
    for (const auto& p : pointers) {
        CHECK(p.weight > 0);
        CHECK(p.key != "trust");  // compete's reasons are the line, their fault, time and the stakes
        line_firm = line_firm || (p.key == "line" && p.value == "firm");
    }
    CHECK(line_firm);
    std::vector<std::pair<std::string, std::string>> ids;
    for (const auto& p : pointers) ids.emplace_back(p.key, p.value);
    CHECK(situation_list(ids).find("A line that must hold: firm") != std::string::npos);
    CHECK(situation_list({{"best_placed", "someone_else"}}) == "Who can best resolve it: someone else");

    // At the clinic the doctor, not the desk, can answer her: that is what points to avoid.
    const Beat* news = story->stage("clinic_wait")->encounter->beat("news");
    REQUIRE(news);
    auto to_avoid = features_pointing_to(*story, *news, Mode::Avoid);
    REQUIRE(!to_avoid.empty());
    CHECK(to_avoid.front().key == "best_placed");
    CHECK(to_avoid.front().value == "someone_else");
    for (std::size_t i = 1; i < pointers.size(); ++i) CHECK(pointers[i - 1].weight >= pointers[i].weight);
}

TEST_CASE("balance --json reports each strategy's share of best-fit answers and how well the tags predict the fit",
          "[balance][cli]") {
    auto r = run_cli("balance scripts/campaign.lua --json");
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["shares"].size() == 6);
    std::set<std::string> names;
    for (const auto& s : j["shares"]) {
        names.insert(s["strategy"].get<std::string>());
        CHECK(s["share"].get<double>() <= s["limit"].get<double>());
        CHECK(s["best_fit"].get<int>() <= s["decisions"].get<int>());
    }
    CHECK(names.count("theme guesser") == 1);
    CHECK(names.count("compete") == 1);
    CHECK(j["prediction"]["accuracy"].get<double>() >= 0.7);
    CHECK(j["encounters"].size() == 9);
    CHECK(j["balanced"].get<bool>());
}

TEST_CASE("balance fails and names the strategy when one mode wins most decisions", "[balance][cli]") {
    // The minimal encounter has one decision, where collaborate fits best: always
    // collaborating scores 100%, over the 40% limit.
    std::string dir = temp_dir("balance_share");
    write_temp_file(dir, "mini.lua", minimal_encounter());
    auto r = run_cli("balance '" + dir + "'");
    CHECK(r.code == 1);
    CHECK(r.err.find("unbalanced: collaborate picks a best-fit answer at 100% of decisions (limit 40%)") != std::string::npos);
}

TEST_CASE("a situation value outside its attribute's list is an error with the closest known value", "[loader][content]") {
    std::string dir = temp_dir("situation_values");
    auto text = with(minimal_encounter(), R"(      says = "\"Help me.\"",)", R"(      says = "\"Help me.\"",
      situation = { fault = "ourz", line = "firm", best_placed = "someone_else", time = "low" },)");
    auto path = write_temp_file(dir, "mini.lua", text);
    auto r = run_cli("lint '" + path + "'");
    INFO(r.out << r.err);
    CHECK(r.code == 1);
    std::string said = r.out + r.err;
    CHECK(said.find("mini.lua:11: error:") != std::string::npos);
    CHECK(said.find("unknown fault 'ourz'; did you mean 'ours'? (one of: ours, theirs, shared, nobody) [FD015]") != std::string::npos);
    CHECK(situation_levels("fault") == std::vector<std::string>{"ours", "theirs", "shared", "nobody"});
    CHECK(situation_levels("stress") == std::vector<std::string>{"low", "medium", "high"});
}
