// Composed screens, in the real window headless: the narration of a started
// encounter lays out the conversation so far (the customer's lines, the
// player's, the narration) with no placeholder, the result screen shows the
// exchange as a conversation, and the title offers "Continue" only when there
// is a saved game to continue.
#include <catch2/catch.hpp>

#include <fstream>

#include "minimal_encounter.hpp"
#include "window_support.hpp"

using namespace fdtest;
using nlohmann::json;

namespace {

// The minimal encounter with a reaction to every answer and a narration after
// the decision, so the only narration screen comes once something was said.
std::string talking_encounter() {
    std::string s = minimal_encounter();
    for (const char* next : {"next = \"lost\"", "next = \"kept\"", "next = \"kept\"", "next = \"kept\"", "next = \"lost\""})
        s = with(s, next, "reaction = \"\\\"Fine, go on.\\\"\", next = \"after\"");
    s = with(s, "    ending { id = \"kept\"",
             "    narration { id = \"after\", text = \"She slides the receipt across the counter.\", next = \"kept\" },\n"
             "    ending { id = \"kept\"");
    return s;
}

// Drawn items of `kind` on `screen` in a run's layout report (0 when none).
int drawn(const WindowRun& r, const char* screen, const char* kind) {
    const json& s = r.state["layout"]["screens"][screen];
    if (!s.contains("kinds") || !s["kinds"].contains(kind)) return 0;
    return s["kinds"][kind]["drawn"].get<int>();
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string spoken(const WindowRun& r) {
    INFO(r.describe());
    REQUIRE(r.state.contains("spoken"));
    REQUIRE(!r.state["spoken"].empty());
    return r.state["spoken"].back().get<std::string>();
}

}  // namespace

TEST_CASE("composed: a started encounter's narration shows the conversation so far as a conversation, with no placeholder",
          "[window][composed]") {
    TempDir dir("composed");
    std::string file = dir.path + "/talking.lua";
    std::ofstream(file) << talking_encounter();
    std::string play = "play '" + file + "' --keys ";
    auto runs = run_windows({{play + "wait:4,n,wait:4,1,wait:4,Space,wait:4"},
                             {play + "wait:4,n,wait:4,1,wait:4,Space,wait:4,v", "FRONTDOOR_SPEECH=capture"},
                             {play + "wait:4,n,wait:4,1,wait:4"}});
    const WindowRun &narration = runs[0], &voiced = runs[1], &result = runs[2];
    INFO(narration.describe());
    REQUIRE(narration.code == 0);
    REQUIRE(narration.screen() == "narration");
    // The customer's line and their reaction on the left, the player's answer on the right, then the narration.
    CHECK(drawn(narration, "narration", "said_customer") == 2);
    CHECK(drawn(narration, "narration", "said_player") == 1);
    CHECK(narration.state["layout"]["screens"]["narration"]["problems"] == 0);
    const std::string words = spoken(voiced);
    INFO("narration read aloud: " << words);
    CHECK(has(words, "Ana: \"Help me.\""));  // who speaks, read aloud too
    CHECK(has(words, "You ("));  // the answer given, with its mode
    CHECK(has(words, "She slides the receipt across the counter."));
    CHECK_FALSE(has(words, "will appear here"));
    // The result screen: what the customer said, the answer and their reaction, as a conversation.
    INFO(result.describe());
    REQUIRE(result.screen() == "consequence");
    CHECK(drawn(result, "consequence", "said_customer") == 2);
    CHECK(drawn(result, "consequence", "said_player") == 1);
    CHECK(result.state["layout"]["screens"]["consequence"]["problems"] == 0);
}

TEST_CASE("composed: the title offers Continue only when there is a saved game", "[window][composed]") {
    TempDir dir("title_save");
    std::string save = " --save-dir '" + dir.path + "'";
    auto fresh = run_windows({{"--keys wait:4,v" + save, "FRONTDOOR_SPEECH=capture"}});
    INFO(fresh[0].describe());
    REQUIRE(fresh[0].screen() == "title");
    CHECK_FALSE(has(spoken(fresh[0]), "Continue"));
    CHECK_FALSE(has(fresh[0].window()["footer"].get<std::string>(), "continue"));
    // Start a game (it is saved as it goes), then come back to the title in a new run.
    auto started = run_window({"--keys n,Space,wait:4" + save});
    INFO(started.describe());
    REQUIRE(started.code == 0);
    auto back = run_window({"--keys wait:4,v" + save, "FRONTDOOR_SPEECH=capture"});
    INFO(back.describe());
    REQUIRE(back.screen() == "title");
    CHECK(has(spoken(back), "Continue"));
    CHECK(has(back.window()["footer"].get<std::string>(), "C|continue"));
}
