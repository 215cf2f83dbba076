// Self-voicing: V reads the screen through speech-dispatcher. With
// FRONTDOOR_SPEECH=capture no speech server is opened and --state-json's
// "spoken" lists what would have been said: checked here for each screen.
#include <catch2/catch.hpp>

#include <map>
#include <set>


#include "window_support.hpp"

using namespace fdtest;

namespace {

const char* kStory = "play scripts/encounters/wrong_size.lua";

WindowCall voiced(const std::string& keys) {
    return {std::string(kStory) + " --keys " + keys, "FRONTDOOR_SPEECH=capture"};
}

std::string last_spoken(const WindowRun& r) {
    INFO(r.describe());
    REQUIRE(r.state.contains("spoken"));
    REQUIRE(!r.state["spoken"].empty());
    return r.state["spoken"].back().get<std::string>();
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// Where `parts` occur in `s` one after another, or npos for the first missing.
std::size_t in_order(const std::string& s, const std::vector<std::string>& parts) {
    std::size_t at = 0;
    for (const std::string& p : parts) {
        std::size_t next = s.find(p, at);
        if (next == std::string::npos) return next;
        at = next + p.size();
    }
    return at;
}


}  // namespace

TEST_CASE("speech: V reads each screen's words in reading order, without the key hints, then each answer focused", "[window][speech]") {
    auto runs = run_windows({voiced("v"), voiced("n,Space,v"), voiced("n,Space,3,v"), voiced("s,v"),
                             voiced("n,Space,3,Space,2,Space,Space,Space,Space,v"), voiced("n,Space"),
                             voiced("n,Space,v,Down,Down")});
    const std::string title = last_spoken(runs[0]), decision = last_spoken(runs[1]), consequence = last_spoken(runs[2]),
                      settings = last_spoken(runs[3]), summary = last_spoken(runs[4]);
    INFO("title: " << title);
    CHECK(has(title, "Front Door"));
    CHECK(has(title, "New game"));
    CHECK_FALSE(has(title, "Continue"));  // nothing to continue: not offered, not read
    INFO("decision: " << decision);
    // The customer's line, then the five answers, each with its number and mode, in order.
    std::size_t line = decision.find("I ordered a medium");
    REQUIRE(line != std::string::npos);
    std::size_t at = line;
    for (const char* lead : {"1, Avoid, ", "2, Accommodate, ", "3, Compromise, ", "4, Collaborate, ", "5, Compete, "}) {
        INFO(lead);
        std::size_t next = decision.find(lead, at);
        CHECK(next != std::string::npos);
        if (next != std::string::npos) at = next;
    }
    CHECK_FALSE(has(decision, "Tab/"));  // key caps are not words to read
    INFO("consequence: " << consequence);
    CHECK(has(consequence, "You (Compromise)"));
    CHECK(has(consequence, "Continue"));
    INFO("settings: " << settings);
    CHECK(has(settings, "Text size"));
    CHECK(has(settings, "Reduced motion"));
    INFO("summary: " << summary);
    CHECK(has(summary, "Your summary"));
    CHECK(has(summary, "Back to the title screen"));
    // Without V nothing is said.
    INFO(runs[5].describe());
    CHECK(runs[5].state["spoken"].empty());
    // After V, each answer the focus moves to is said, with its number and mode.
    const WindowRun& moved = runs[6];
    INFO(moved.describe());
    REQUIRE(moved.state["spoken"].size() >= 3);
    CHECK(moved.state["spoken"][1] == "1, Avoid, Online orders are the web team, I'm afraid. Their number's on the slip.");
    CHECK(has(moved.state["spoken"].back().get<std::string>(), "2, Accommodate, "));
}

TEST_CASE("speech: V reads the chooser, the narration, the debrief and the Esc menu, the menu alone when it is open",
          "[window][speech]") {
    auto runs = run_windows({voiced("e,wait:4,v"), voiced("n,wait:4,v"), voiced("n,wait:4,Space,wait:4,Escape,wait:4,v"),
                             voiced("n,wait:4,Space,wait:4,3,wait:4,Space,wait:4,2,wait:4,Space,wait:4,v")});
    const std::string chooser = last_spoken(runs[0]), narration = last_spoken(runs[1]), menu = last_spoken(runs[2]),
                      debrief = last_spoken(runs[3]);
    INFO("chooser: " << chooser);
    CHECK(runs[0].screen() == "chooser");
    CHECK(has(chooser, "Choose an encounter"));
    CHECK(has(chooser, "1, The Wrong Size"));
    INFO("narration: " << narration);
    CHECK(runs[1].screen() == "narration");
    CHECK(has(narration, "A woman in hospital scrubs opens a parcel"));
    CHECK(has(narration, "Marisol Reyes"));  // the customer's card is read too
    INFO("menu: " << menu);
    CHECK(runs[2].window()["menu_open"] == true);
    CHECK(has(menu, "Resume"));
    CHECK(has(menu, "Quit"));
    CHECK_FALSE(has(menu, "I ordered a medium"));  // the decision behind the menu is not what the player faces
    INFO("debrief: " << debrief);
    CHECK(runs[3].screen() == "debrief");
    CHECK(has(debrief, "Try another answer"));
}

TEST_CASE("speech: at the facilitator's vote V reads the customer's line and the five answers in order, then each row selected",
          "[window][speech]") {
    const std::string to_vote = std::string(kStory) + " --facilitator --keys wait:4,n,wait:4,Space,wait:4,";
    auto runs = run_windows({{to_vote + "v,wait:4", "FRONTDOOR_SPEECH=capture"},
                             {to_vote + "Escape,wait:4,l,wait:4,Escape,wait:4,v,wait:4", "FRONTDOOR_SPEECH=capture"},
                             {to_vote + "v,wait:4,3,wait:4,Down,wait:4", "FRONTDOOR_SPEECH=capture"}});
    // Each answer's opening words, by mode.
    const std::map<std::string, std::string> says = {{"avoid", "Online orders are the web team"},
                                                     {"accommodate", "Take any jacket off the rack"},
                                                     {"compromise", "20% off one from the shop floor"},
                                                     {"collaborate", "That's our mistake"},
                                                     {"compete", "The online terms are clear"}};
    // Labels hidden (a workshop's default): the rows in the room's shuffled order, each with its number.
    const WindowRun& hidden = runs[0];
    INFO(hidden.describe());
    REQUIRE(hidden.screen() == "vote");
    const std::string said = last_spoken(hidden);
    INFO("vote: " << said);
    std::vector<std::string> expected = {"Marisol:", "I ordered a medium"};
    int row = 0;
    for (const auto& mode : hidden.window()["answer_order"]) {
        expected.push_back(std::to_string(++row) + ", ");
        expected.push_back(says.at(mode.get<std::string>()));
    }
    CHECK(row == 5);
    CHECK(in_order(said, expected) != std::string::npos);
    CHECK(has(said, "0 hands"));               // each row's count, in words
    CHECK(has(said, "Vote with your hands"));  // the room's status under the answers
    // Labels shown: each answer's mode after its number, as the solo decision reads it.
    const WindowRun& labelled = runs[1];
    INFO(labelled.describe());
    REQUIRE(labelled.window()["labels_shown"] == true);
    const std::string with_modes = last_spoken(labelled);
    INFO("vote with labels: " << with_modes);
    CHECK(in_order(with_modes, {"I ordered a medium", "1, Avoid:", says.at("avoid"), "2, Accommodate:", says.at("accommodate"),
                                "3, Compromise:", says.at("compromise"), "4, Collaborate:", says.at("collaborate"),
                                "5, Compete:", says.at("compete")}) != std::string::npos);
    // The row the keys select is said as it moves, like a focused answer at the solo decision.
    const WindowRun& moved = runs[2];
    INFO(moved.describe());
    const auto& spoken = moved.state["spoken"];
    REQUIRE(spoken.size() >= 3);
    const auto& order = moved.window()["answer_order"];
    std::string third = spoken[spoken.size() - 2].get<std::string>(), fourth = spoken.back().get<std::string>();
    CHECK(third.rfind("3, ", 0) == 0);
    CHECK(has(third, says.at(order[2].get<std::string>())));
    CHECK(fourth.rfind("4, ", 0) == 0);
    CHECK(has(fourth, says.at(order[3].get<std::string>())));
}

TEST_CASE("speech: V reads every screen of a facilitated session, each with its own words", "[window][speech]") {
    // The room's way through one encounter: votes, reveals, teaching pages, the outcome, the debrief, the summary.
    const std::vector<std::string> keys = {"n", "Space", "4", "+", "PageDown", "PageDown", "PageDown", "PageDown", "4",
                                           "+", "PageDown", "PageDown", "PageDown", "PageDown", "PageDown", "PageDown"};
    std::vector<WindowCall> calls;
    std::string sofar = "wait:4";
    for (const std::string& k : keys) {
        sofar += "," + k + ",wait:4";
        calls.push_back({std::string(kStory) + " --facilitator --keys " + sofar + ",v", "FRONTDOOR_SPEECH=capture"});
    }
    auto runs = run_windows(calls);
    // What each page must say, read aloud: its heading and its body text, not only the heading.
    const std::map<std::string, std::vector<std::string>> words = {
        {"narration", {"Returns desk at Hallam's", "A woman in hospital scrubs opens a parcel", "Marisol Reyes"}},
        {"vote", {"I ordered a medium", "Online orders are the web team", "Vote with your hands"}},
        {"reveal", {"The room chose", "of 1 hand", "\u201c"}},
        {"reveal_fit", {"What fitted, and why", "Passing her on turns our mistake into her problem.", "Discuss:"}},
        {"outcome", {"Kept", "Money", "Reputation"}},
        {"debrief", {"Decision 1 of 2", "Played:", "Marisol"}},
        {"summary", {"The room's summary", "Every vote the room cast"}}};
    std::map<std::string, std::string> heard;  // all that was said on each screen, over the runs
    for (const WindowRun& r : runs) {
        const std::string screen = r.screen(), said = last_spoken(r);
        INFO(screen << ": " << said);
        CHECK_FALSE(has(said, "PageDown"));  // key caps are not words to read
        heard[screen] += said + "\n";
    }
    for (const auto& [screen, parts] : words) {
        INFO(screen << " said: " << heard[screen]);
        for (const std::string& part : parts) {
            INFO("missing: " << part);
            CHECK(has(heard[screen], part));
        }
    }
}

TEST_CASE("speech: V reads the room's join screen alone, and the room's line at the corner of the vote", "[window][speech][room]") {
    auto room = [](const std::string& keys) {
        return WindowCall{std::string(kStory) + " --facilitator --room --room-address 127.0.0.1 --room-port " +
                              std::to_string(free_port()) + " --room-code K7Q2 --keys " + keys,
                          "FRONTDOOR_SPEECH=capture"};
    };
    auto runs = run_windows({room("wait:4,v,wait:4"), room("wait:4,Escape,wait:4,n,wait:4,Space,wait:4,v,wait:4")});
    const WindowRun& join = runs[0];
    INFO(join.describe());
    REQUIRE(join.code == 0);
    const std::string screen = last_spoken(join);
    INFO("join screen: " << screen);
    CHECK(in_order(screen, {"Vote from your phone", "http://127.0.0.1:", "Room code", "K7Q2", "0 phones in the room"}) !=
          std::string::npos);
    CHECK_FALSE(has(screen, "Choose an encounter"));  // the screen behind it is not what the room faces
    CHECK_FALSE(has(screen, "New game"));
    const WindowRun& vote = runs[1];
    INFO(vote.describe());
    REQUIRE(vote.screen() == "vote");
    const std::string said = last_spoken(vote);
    INFO("vote: " << said);
    CHECK(in_order(said, {"I ordered a medium", "0 of 0 phones voted", "Join at 127.0.0.1"}) != std::string::npos);
}
