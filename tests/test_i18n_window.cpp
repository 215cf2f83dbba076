// The game in Spanish: --lang es shows the interface and the story in Spanish, and
// the longer text still fits (the layout probe) in a solo game at 1280x720 and a
// workshop at 1920x1080; the language chosen is remembered; an unknown one says so.
// Reads the shipped Spanish, po/es.po.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "window_support.hpp"

using namespace fdtest;
using nlohmann::json;

namespace {

std::string paced(const std::string& keys) {
    std::string out = "wait:4";
    std::stringstream in(keys);
    for (std::string k; std::getline(in, k, ',');) out += "," + k + ",wait:4";
    return out;
}

std::string problems_text(const json& screen) {
    std::string out;
    for (const char* kind : {"clipped", "past_window", "outside_frame"})
        for (const json& it : screen[kind])
            out += std::string(kind) + ": \"" + it["text"].get<std::string>() + "\" at " + it["rect"].dump() + "\n";
    for (const json& pair : screen["overlaps"])
        out += "overlap: \"" + pair[0]["text"].get<std::string>() + "\" and \"" + pair[1]["text"].get<std::string>() + "\"\n";
    return out;
}

void check_fits(const WindowRun& r, const std::vector<std::string>& screens) {
    INFO(r.describe());
    REQUIRE(r.code == 0);
    CHECK(r.window()["language"] == "es");
    const json& shown = r.state["layout"]["screens"];
    for (const auto& name : screens) {
        INFO("screen " << name);
        REQUIRE(shown.contains(name));
        INFO(problems_text(shown[name]));
        CHECK(shown[name]["problems"] == 0);
    }
}

}  // namespace

TEST_CASE("In Spanish the solo screens hold at 1280x720 and the workshop's at 1920x1080", "[window][i18n]") {
    REQUIRE(std::filesystem::exists(std::string(FD_SOURCE_DIR) + "/po/es.po"));
    std::string shots = std::filesystem::path(FD_BINARY).parent_path() / "layout-shots";
    std::filesystem::create_directories(shots);
    auto runs = run_windows({
        {"play scripts/encounters/wrong_size.lua --lang es --size 1280x720 --keys " +
             paced("n,Space,3,Space,2,Space,Space,Space,Space"),
         "", shots + "/es-solo-1280x720.png"},
        {"play scripts/encounters/wrong_size.lua --lang es --facilitator --size 1920x1080 --keys " +
             paced("n,Space,4,+,PageDown,PageDown,PageDown,PageDown,4,+,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown"),
         "", shots + "/es-facilitator-1920x1080.png"},
        {"--lang es --size 1280x720 --keys wait:3", "", shots + "/es-title-1280x720.png"},
    });
    check_fits(runs[0], {"title", "narration", "decision", "consequence", "debrief", "summary"});
    CHECK(runs[0].screen() == "summary");
    check_fits(runs[1], {"narration", "vote", "summary"});
    check_fits(runs[2], {"title"});
    CHECK(runs[2].window()["footer"].get<std::string>().find("partida nueva") != std::string::npos);  // "N|partida nueva"
}

TEST_CASE("An unknown --lang says so and plays in English", "[window][i18n]") {
    WindowRun r = run_window({"--lang xx --frames 3"});
    INFO(r.describe());
    REQUIRE(r.code == 0);
    CHECK(r.window()["language"] == "");
    CHECK(r.err.find("no translation for 'xx'") != std::string::npos);
}
