// One player's side in the real window, headless: the introduction before a
// new campaign (once), practice at the debrief (never on record), and the
// inspector only for designers.
#include <catch2/catch.hpp>

#include "test_support.hpp"
#include "window_support.hpp"

using namespace fdtest;

namespace {

void require_ok(const std::vector<WindowRun>& runs) {
    for (const auto& r : runs) {
        INFO(r.describe());
        REQUIRE(r.code == 0);
        REQUIRE(r.state.is_object());
    }
}

const std::string kShowIntro = "FRONTDOOR_SKIP_INTRO=0";
const std::string kToDebrief = "n,Space,4,Space,4,Space";  // the first encounter's debrief

}  // namespace

TEST_CASE("window: a new campaign opens on the introduction, 1-5 pick a mode, Space begins, and it is shown once", "[window][intro]") {
    TempDir dir("intro");
    std::string save = " --save-dir '" + dir.path + "'";
    auto first = run_windows({{"--keys n", kShowIntro}, {"--keys n,4", kShowIntro}, {"--keys n,4,Space" + save, kShowIntro}});
    require_ok(first);
    CHECK(first[0].screen() == "intro");
    CHECK(first[1].window()["intro_mode"] == 3);  // collaborate
    CHECK(first[1].png.rgba != first[0].png.rgba);
    CHECK(first[2].screen() == "narration");
    CHECK(read_text(dir.path + "/settings.json").find("\"intro_seen\": true") != std::string::npos);
    // The same player again: a new game starts at the first encounter.
    auto again = run_window({"--keys n,Return" + save, kShowIntro});
    INFO(again.describe());
    CHECK(again.screen() == "narration");
}

TEST_CASE("window: at the debrief a decision can be tried again with another answer, and the record stays as it was", "[window][practice]") {
    auto runs = run_windows({{"--keys " + kToDebrief},
                             {"--keys " + kToDebrief + ",p"},
                             {"--keys " + kToDebrief + ",p,1,wait:2,2"},
                             {"--keys " + kToDebrief + ",p,1,Backspace"},
                             {"--keys " + kToDebrief + ",p,1,Backspace,Space"},
                             {"--facilitator --keys n,Space,4,+,PageDown,PageDown,4,+,PageDown,PageDown,p"}});
    require_ok(runs);
    const WindowRun &debrief = runs[0], &open = runs[1], &tried = runs[2], &back = runs[3], &moved = runs[4], &room = runs[5];
    CHECK(debrief.screen() == "debrief");
    CHECK(open.screen() == "practice");
    REQUIRE(tried.window()["practice"].size() == 2);
    CHECK(tried.window()["practice"][0]["mode"] == "avoid");
    CHECK(tried.window()["practice"][1]["mode"] == "accommodate");
    CHECK(session_part(tried.state) == session_part(debrief.state));  // nothing on record changed
    CHECK(back.screen() == "debrief");
    CHECK(back.window()["practice"].size() == 1);
    CHECK(moved.screen() == "narration");
    CHECK(moved.window()["practice"].empty());
    CHECK(room.window()["practice"].empty());  // a workshop does not practise
    CHECK(room.screen() != "practice");
}

TEST_CASE("window: a trainee is never offered the inspector, while --designer or a designer's own script offers it", "[window][inspector]") {
    auto runs = run_windows({{"--keys n,Space,F12"},
                             {"--designer --keys n,Space,F12"},
                             {"play tests/fixtures/campaign.lua --keys n,Space,F12"}});
    require_ok(runs);
    CHECK(runs[0].window()["designer"] == false);
    CHECK(runs[0].window()["inspector_open"] == false);
    CHECK(runs[0].window()["footer"].get<std::string>().find("Esc|menu") != std::string::npos);
    CHECK(runs[0].window()["footer"].get<std::string>().find("F12") == std::string::npos);
    CHECK(runs[1].window()["designer"] == true);
    CHECK(runs[1].window()["inspector_open"] == true);
    CHECK(runs[1].window()["footer"].get<std::string>().find("F12|inspector") != std::string::npos);
    CHECK(runs[2].window()["designer"] == true);
}
