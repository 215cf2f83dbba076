// The game window, driven headless by its --keys the way a player or a
// facilitator would press them: each test checks what the screen is, what the
// session did (--state-json) and the picture (--screenshot), not only that a
// file appeared. Runs that do not depend on each other go at once.
#include <catch2/catch.hpp>

#include <set>

#include "minimal_encounter.hpp"
#include "test_support.hpp"
#include "window_support.hpp"

using namespace fdtest;
using nlohmann::json;

namespace {

const char* kWrongSize = "play scripts/encounters/wrong_size.lua";

// Every run must have exited 0 with a report and a picture.
void require_ok(const WindowRun& r) {
    INFO(r.describe());
    REQUIRE(r.code == 0);
    REQUIRE(r.state.is_object());
    REQUIRE(r.state.contains("window"));
    REQUIRE(r.png.ok());
}

void require_ok(const std::vector<WindowRun>& runs) {
    for (const auto& r : runs) require_ok(r);
}

json counts(std::initializer_list<std::pair<const char*, int>> given) {
    json c = {{"avoid", 0}, {"accommodate", 0}, {"compromise", 0}, {"collaborate", 0}, {"compete", 0}};
    for (auto [mode, n] : given) c[mode] = n;
    return c;
}

}  // namespace

TEST_CASE("window: the title screen opens at the size asked for", "[window]") {
    auto runs = run_windows({{"--size 1600x900"}, {""}});
    require_ok(runs);
    const WindowRun& big = runs[0];
    CHECK(big.screen() == "title");
    CHECK(big.png.width == 1600);
    CHECK(big.png.height == 900);
    CHECK(big.window()["window_size"] == json::array({1600, 900}));
    CHECK(big.window()["display_size"] == json::array({1600, 900}));
    CHECK(big.state.value("log", json::array()).empty());  // nothing played yet
    CHECK(big.png.distinct_colours() > 20);                // drawn: text, buttons, not a flat fill
    CHECK(big.window()["font_fallback"] == false);
    // The default is 1280x720.
    CHECK(runs[1].png.width == 1280);
    CHECK(runs[1].png.height == 720);
}

TEST_CASE("window: a choice key plays that answer and moves the customer", "[window]") {
    auto runs = run_windows({{"--keys n,Space"}, {"--keys n,Space,4"}, {"--keys n,Space,4,Space"}});
    require_ok(runs);
    const WindowRun &decision = runs[0], &consequence = runs[1], &next = runs[2];
    CHECK(decision.screen() == "decision");
    CHECK(decisions(decision.state).empty());
    // Key 4 with the labels shown is collaborate: the log gains that decision.
    CHECK(consequence.screen() == "consequence");
    auto made = decisions(consequence.state);
    REQUIRE(made.size() == 1);
    CHECK(made[0].first == decision.state["beat"]);
    CHECK(made[0].second == "collaborate");
    CHECK(consequence.state["log"].size() == decision.state["log"].size() + 1);
    const json& event = consequence.state["log"].back();
    CHECK(event["before"]["trust"] == decision.state["customer"]["trust"]);
    CHECK(event["before"]["wall"] == decision.state["customer"]["wall"]);
    // The story moved on and the customer changed.
    CHECK(consequence.state["beat"] != decision.state["beat"]);
    CHECK(consequence.state["customer"] != decision.state["customer"]);
    CHECK(consequence.state["customer"]["wall"].get<int>() < decision.state["customer"]["wall"].get<int>());
    CHECK(consequence.state["profile"]["counts"] == counts({{"collaborate", 1}}));
    // After the consequence, the next decision is the beat the answer led to.
    CHECK(next.screen() == "decision");
    CHECK(next.state["beat"] == consequence.state["beat"]);
    CHECK(next.state["customer"] == consequence.state["customer"]);
    // And the screen shows it: the pictures differ.
    CHECK(consequence.png.rgba != decision.png.rgba);
}

TEST_CASE("window: the debrief shows the encounter's ending and outcome", "[window]") {
    auto r = run_window({"--keys n,Space,4,Space,4,Space"});
    require_ok(r);
    CHECK(r.screen() == "debrief");
    REQUIRE(r.state["results"].size() == 1);
    const json& result = r.state["results"][0];
    CHECK(result["stage"] == r.state["stage"]);
    CHECK(!result["ending"].get<std::string>().empty());
    CHECK(!result["outcome"].get<std::string>().empty());
    CHECK(result["ending"] == r.state["ending"]);
    CHECK(result["outcome"] == r.state["outcome"]);
    const json& last = r.state["log"].back();
    CHECK(last["kind"] == "ending");
    CHECK(last["beat"] == result["ending"]);
    CHECK(decisions(r.state).size() == 2);
    CHECK(r.state["finished"] == false);  // the campaign goes on after the debrief
}

TEST_CASE("window: the campaign summary counts the answers pressed", "[window]") {
    // 3 = compromise, then 2 = accommodate: the summary of a one-encounter story.
    auto r = run_window({std::string(kWrongSize) + " --keys n,Space,3,Space,2,Space,Space"});
    require_ok(r);
    CHECK(r.screen() == "summary");
    CHECK(r.state["finished"] == true);
    CHECK(r.state["profile"]["counts"] == counts({{"compromise", 1}, {"accommodate", 1}}));
    CHECK(r.state["profile"]["decisions"] == 2);
    auto made = decisions(r.state);
    REQUIRE(made.size() == 2);
    CHECK(made[0].second == "compromise");
    CHECK(made[1].second == "accommodate");
    REQUIRE(r.state["results"].size() == 1);
    CHECK(r.state["totals"]["money"] == r.state["results"][0]["final"]["money"]);
}

TEST_CASE("window: with the mode labels hidden, key N plays the Nth answer shown", "[window]") {
    // Escape opens the menu, l hides the labels, Escape closes it.
    auto runs = run_windows({{"--keys n,Space,Escape,l,Escape"}, {"--keys n,Space,Escape,l,Escape,2"}});
    require_ok(runs);
    const json& order = runs[0].window()["answer_order"];
    CHECK(runs[0].screen() == "decision");
    REQUIRE(order.size() == 5);
    std::set<std::string> modes;
    for (const auto& m : order) modes.insert(m.get<std::string>());
    CHECK(modes.size() == 5);
    // Shuffled, or the position would give the mode away.
    CHECK(order != json::array({"avoid", "accommodate", "compromise", "collaborate", "compete"}));
    auto made = decisions(runs[1].state);
    REQUIRE(made.size() == 1);
    CHECK(made[0].second == order[1]);
    CHECK(runs[1].screen() == "consequence");
}

TEST_CASE("window: facilitator hands go on the vote board and the majority is played", "[window][facilitator]") {
    auto runs = run_windows({
        // Escape,l,Escape shows the mode labels (hidden in workshops by default), so 4 is collaborate.
        {"--facilitator --keys n,Space,Escape,l,Escape,4,+,+,+,2,+,3,+,+,-"},  // 3 collaborate, 1 accommodate, 1 compromise
        {"--facilitator --keys n,Space,Escape,l,Escape,4,+,+,2,+,PageDown"},   // next: the majority (collaborate)
        {"--facilitator --keys n,Space,Escape,l,Escape,4,+,+,2,+,o"},          // o: the selected answer instead
    });
    require_ok(runs);
    const WindowRun &hands = runs[0], &majority = runs[1], &overridden = runs[2];
    CHECK(hands.screen() == "vote");
    CHECK(hands.window()["vote_board"] == counts({{"collaborate", 3}, {"accommodate", 1}, {"compromise", 1}}));
    CHECK(decisions(hands.state).empty());  // entering hands plays nothing
    CHECK(hands.window()["facilitator"] == true);

    CHECK(majority.screen() == "reveal");
    auto made = decisions(majority.state);
    REQUIRE(made.size() == 1);
    CHECK(made[0].second == "collaborate");
    REQUIRE(majority.window()["room_votes"].size() == 1);
    const json& vote = majority.window()["room_votes"][0];
    CHECK(vote["played"] == "collaborate");
    CHECK(vote["overridden"] == false);
    CHECK(vote["counts"] == counts({{"collaborate", 2}, {"accommodate", 1}}));
    CHECK(vote["beat"] == made[0].first);

    made = decisions(overridden.state);
    REQUIRE(made.size() == 1);
    CHECK(made[0].second == "accommodate");
    REQUIRE(overridden.window()["room_votes"].size() == 1);
    CHECK(overridden.window()["room_votes"][0]["overridden"] == true);
    CHECK(overridden.window()["room_votes"][0]["played"] == "accommodate");
}

TEST_CASE("window: a tied vote asks first, and PageUp takes a revealed answer back", "[window][facilitator]") {
    auto runs = run_windows({
        // Escape,l,Escape shows the mode labels (hidden in workshops by default), so 4 is collaborate.
        {"--facilitator --keys n,Space,Escape,l,Escape,4,+,2,+,PageDown"},           // a tie: says so, plays nothing
        {"--facilitator --keys n,Space,Escape,l,Escape,4,+,2,+,PageDown,PageDown"},  // next again: the selected one
        {"--facilitator --keys n,Space,Escape,l,Escape,4,+,+,PageDown"},             // the reveal
        {"--facilitator --keys n,Space,Escape,l,Escape,4,+,+,PageDown,PageUp"},      // ...taken back
    });
    require_ok(runs);
    const WindowRun &asked = runs[0], &played = runs[1], &reveal = runs[2], &back = runs[3];
    CHECK(asked.screen() == "vote");
    CHECK(decisions(asked.state).empty());
    CHECK(asked.window()["vote_tie"] == true);
    CHECK(asked.window()["vote_board"] == counts({{"collaborate", 1}, {"accommodate", 1}}));

    CHECK(played.screen() == "reveal");
    auto made = decisions(played.state);
    REQUIRE(made.size() == 1);
    CHECK(made[0].second == "accommodate");  // the row selected last
    REQUIRE(played.window()["room_votes"].size() == 1);
    CHECK(played.window()["room_votes"][0]["tie"] == true);

    CHECK(reveal.screen() == "reveal");
    CHECK(decisions(reveal.state).size() == 1);
    CHECK(back.screen() == "vote");
    CHECK(back.state["log"].size() == reveal.state["log"].size() - 1);
    CHECK(decisions(back.state).empty());
    CHECK(back.window()["room_votes"].empty());
    CHECK(back.window()["vote_board"] == counts({{"collaborate", 2}}));  // the hands are still there
    CHECK(back.state["customer"] == asked.state["customer"]);
}

TEST_CASE("window: B blanks the projector, Escape opens the menu, F12 the inspector only at a designer's desk", "[window]") {
    auto runs = run_windows({
        {"--facilitator --keys n,Space,b"},
        {"--keys n,Space,Escape"},
        {"--designer --keys n,Space,F12"},
        {"--designer --facilitator --keys n,Space,F12"},
        {"--facilitator --keys n,Space,b,b"},
    });
    require_ok(runs);
    const WindowRun &blank = runs[0], &menu = runs[1], &inspector = runs[2], &no_inspector = runs[3], &unblank = runs[4];
    CHECK(blank.window()["blank"] == true);
    CHECK(blank.png.all_black());
    CHECK(blank.screen() == "vote");  // the vote is underneath, unchanged
    CHECK(unblank.window()["blank"] == false);
    CHECK(!unblank.png.all_black());

    CHECK(menu.window()["menu_open"] == true);
    CHECK(menu.screen() == "decision");
    CHECK(decisions(menu.state).empty());

    CHECK(inspector.window()["inspector_open"] == true);
    CHECK(no_inspector.window()["inspector_open"] == false);
    CHECK(inspector.png.rgba != runs[1].png.rgba);
}

TEST_CASE("window: quit mid-encounter, continue, and everything is where it was", "[window][saves]") {
    TempDir desk("desk"), room("room");
    std::string d = " --save-dir '" + desk.path + "'", f = " --facilitator --save-dir '" + room.path + "'";
    // Desk: one decision made, the labels hidden (a setting, saved too). Room: one
    // decision voted and played, hands entered at the next.
    auto first = run_windows({{"--keys n,Space,Escape,l,Escape,1,Space" + d},
                              {"--keys n,Space,Escape,l,Escape,4,+,PageDown,PageDown,PageDown,2,+,+,3,+" + f}});
    require_ok(first);
    auto again = run_windows({{"--keys c" + d}, {"--keys c" + f}});
    require_ok(again);
    for (int i = 0; i < 2; ++i) {
        const WindowRun &before = first[static_cast<std::size_t>(i)], &after = again[static_cast<std::size_t>(i)];
        INFO((i == 0 ? "desk" : "facilitator"));
        CHECK(before.state["finished"] == false);
        CHECK(decisions(before.state).size() == 1);
        CHECK(after.screen() == before.screen());
        for (const char* key : {"stage", "beat", "customer", "business", "flags", "log", "profile", "totals"})
            CHECK(after.state[key] == before.state[key]);
        CHECK(after.window()["answer_order"] == before.window()["answer_order"]);
        CHECK(after.window()["vote_board"] == before.window()["vote_board"]);
        CHECK(after.window()["room_votes"] == before.window()["room_votes"]);
        CHECK(after.window()["player"] == before.window()["player"]);
    }
    CHECK(first[0].screen() == "decision");
    CHECK(first[0].window()["answer_order"] !=
          json::array({"avoid", "accommodate", "compromise", "collaborate", "compete"}));
    CHECK(first[1].screen() == "vote");
    CHECK(first[1].window()["vote_board"] == counts({{"accommodate", 2}, {"compromise", 1}}));
    CHECK(first[1].window()["room_votes"].size() == 1);
}

TEST_CASE("window: resizing, minimising and restoring lose nothing", "[window]") {
    auto runs = run_windows({
        {"--keys n,Space,4"},
        {"--keys n,Space,resize:1920x1080,4,minimize,wait:3,restore"},
        {"--keys n,Space,4,resize:960x540"},
        {"--facilitator --keys n,Space,4,+,+,minimize,restore,resize:1600x900"},
        {"--facilitator --keys n,Space,4,+,+"},
        {"--keys n,Space,minimize"},
    });
    require_ok(runs);
    const WindowRun& plain = runs[0];
    CHECK(plain.screen() == "consequence");
    for (std::size_t i : {1u, 2u}) {
        INFO(runs[i].command);
        CHECK(runs[i].screen() == plain.screen());
        CHECK(session_part(runs[i].state) == session_part(plain.state));
        CHECK(runs[i].window()["minimized"] == false);
    }
    CHECK(runs[1].png.width == 1920);
    CHECK(runs[1].png.height == 1080);
    CHECK(runs[1].window()["window_size"] == json::array({1920, 1080}));
    CHECK(runs[1].window()["display_size"] == json::array({1920, 1080}));
    CHECK(runs[1].png.distinct_colours() > 20);
    CHECK(runs[2].png.width == 960);
    CHECK(runs[2].png.height == 540);
    CHECK(runs[2].window()["display_size"] == json::array({960, 540}));
    // The facilitator's vote board survives too.
    CHECK(runs[3].screen() == "vote");
    CHECK(session_part(runs[3].state) == session_part(runs[4].state));
    CHECK(runs[3].window()["vote_board"] == runs[4].window()["vote_board"]);
    CHECK(runs[3].png.width == 1600);
    CHECK(runs[3].png.height == 900);
    // Left minimised: drawing paused, the game still at its decision.
    CHECK(runs[5].window()["minimized"] == true);
    CHECK(runs[5].screen() == "decision");
}

TEST_CASE("window: sizes below 960x540 are refused with a clear message", "[window]") {
    auto r = run_cli("--screenshot /tmp/never.png --size 800x600", "SDL_VIDEODRIVER=dummy");
    CHECK(r.code == 2);
    CHECK(r.err.find("800x600 is too small") != std::string::npos);
    CHECK(r.err.find("960x540") != std::string::npos);
    r = run_cli("--screenshot /tmp/never.png --keys n,resize:640x480", "SDL_VIDEODRIVER=dummy");
    CHECK(r.code == 2);
    CHECK(r.err.find("resize:640x480 is too small") != std::string::npos);
    r = run_cli("--screenshot /tmp/never.png --keys resize:big", "SDL_VIDEODRIVER=dummy");
    CHECK(r.code == 2);
    CHECK(r.err.find("WIDTHxHEIGHT") != std::string::npos);
    r = run_cli("play --help");
    CHECK(r.code == 0);
    for (const char* token : {"resize:WxH", "minimize", "restore", "at least 960x540"})
        CHECK(r.out.find(token) != std::string::npos);
}

TEST_CASE("window: a script error during play is shown and the game goes on", "[window][errors]") {
    TempDir dir("script-error");
    // Collaborate's effects function fails (line 15 of the encounter).
    std::string path = write_temp_file(
        dir.path, "broken.lua",
        with(minimal_encounter(), "effects = { trust = 20, wall = -30 }", "effects = function(s) error(\"boom\") end"));
    std::string play = "play '" + path + "'";
    auto runs = run_windows({
        {play + " --keys n,4"},                 // the error
        {play + " --keys n,4,Return"},          // Back to menu: the title
        {play + " --keys n,4,Return,c,3"},      // ...and play goes on from where it was
        {play + " --keys n,4,Escape,3"},        // Stay here: another answer works
    });
    require_ok(runs);
    const WindowRun &error = runs[0], &title = runs[1], &resumed = runs[2], &stayed = runs[3];
    std::string message = error.window()["error"];
    INFO(message);
    CHECK(message.find("broken.lua:15") != std::string::npos);
    CHECK(message.find("boom") != std::string::npos);
    CHECK(message.find("[FD001]") != std::string::npos);  // run-time errors carry their code
    CHECK(decisions(error.state).empty());  // the failed answer changed nothing
    CHECK(error.state["customer"]["trust"] == 40);

    CHECK(title.screen() == "title");
    CHECK(title.window()["error"] == "");
    CHECK(resumed.screen() == "consequence");
    auto made = decisions(resumed.state);
    REQUIRE(made.size() == 1);
    CHECK(made[0].second == "compromise");
    CHECK(stayed.window()["error"] == "");
    made = decisions(stayed.state);
    REQUIRE(made.size() == 1);
    CHECK(made[0].second == "compromise");
}

TEST_CASE("window: without its font the game falls back, says so and still draws", "[window][errors]") {
    auto runs = run_windows({{"--keys n,Space", "FRONTDOOR_FONT_DIR=/nonexistent"}, {"--keys n,Space"}});
    require_ok(runs);
    const WindowRun &fallback = runs[0], &normal = runs[1];
    CHECK(fallback.window()["font_fallback"] == true);
    CHECK(normal.window()["font_fallback"] == false);
    CHECK(fallback.screen() == "decision");
    CHECK(session_part(fallback.state) == session_part(normal.state));
    CHECK(fallback.png.distinct_colours() > 20);  // text and buttons, in ImGui's own font
    CHECK(fallback.png.rgba != normal.png.rgba);
}
