// Self-voicing: V reads the screen through speech-dispatcher. With
// FRONTDOOR_SPEECH=capture no speech server is opened and --state-json's
// "spoken" lists what would have been said: checked here for each screen.
#include <catch2/catch.hpp>

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
