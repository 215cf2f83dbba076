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
    // What each page must say, read aloud.
    const std::map<std::string, std::string> words = {{"vote", "Marisol"},     {"reveal", "The room chose"},
                                                      {"reveal_fit", "What fitted, and why"}, {"outcome", "Kept"},
                                                      {"debrief", "Marisol"},              {"summary", "The room's summary"}};
    std::set<std::string> heard;
    for (const WindowRun& r : runs) {
        const std::string screen = r.screen(), said = last_spoken(r);
        INFO(screen << ": " << said);
        CHECK_FALSE(has(said, "PageDown"));  // key caps are not words to read
        auto it = words.find(screen);
        if (it == words.end()) continue;
        CHECK(has(said, it->second));
        heard.insert(screen);
    }
    for (const auto& [screen, word] : words) {
        INFO("screen never reached: " << screen);
        CHECK(heard.count(screen) == 1);
    }
}
