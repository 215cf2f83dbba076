// In the real window, headless: every shipped customer's portrait in each mood
// (the PNGs are kept to look at), the accessibility settings reached from the
// Esc menu mid-encounter (applied at once, kept after a restart), and a trainee
// is shown only what a trainee can use, in words meant for them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

#include "test_support.hpp"
#include "window_support.hpp"

using namespace fdtest;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const char* kStory = "play scripts/encounters/wrong_size.lua";

std::string portrait_shots_dir() {
    std::string dir = fs::path(FD_BINARY).parent_path() / "portrait-shots";
    fs::create_directories(dir);
    return dir;
}

std::vector<std::string> shipped_encounters() {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(source_path("scripts/encounters")))
        if (e.path().extension() == ".lua") out.push_back(e.path().stem().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

TEST_CASE("window: every shipped customer is drawn in each mood with the look their script gives, at 960x540 and 1920x1080",
          "[window][look]") {
    std::string dir = portrait_shots_dir();
    for (const char* size : {"960x540", "1920x1080"}) {
        std::vector<WindowCall> calls;
        std::vector<std::string> names = shipped_encounters();
        for (const auto& name : names)
            calls.push_back({"play scripts/encounters/" + name + ".lua --portraits --size " + size, "",
                             dir + "/" + name + "_" + size + ".png"});
        auto runs = run_windows(calls);
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const WindowRun& r = runs[i];
            INFO(names[i] << " at " << size << "\n" << r.describe());
            REQUIRE(r.code == 0);
            CHECK(r.screen() == "portraits");
            REQUIRE(r.window()["portraits"].size() == 1);
            const json& look = r.window()["portraits"][0];
            CHECK(look["given"] == true);  // from the script, not from the name
            CHECK(r.png.width == std::stoi(size));
            CHECK(r.png.distinct_colours() > 40);
            const json& layout = r.state["layout"]["screens"]["portraits"];
            INFO(layout.dump());
            CHECK(layout["problems"] == 0);
        }
    }
    WARN("portraits in each mood: " << dir);
}

TEST_CASE("window: the shipped customers look as their scripts describe them", "[window][look]") {
    auto run = run_window({"--portraits"});  // the campaign: every customer once
    INFO(run.describe());
    REQUIRE(run.code == 0);
    std::map<std::string, json> by_name;
    for (const json& p : run.window()["portraits"]) by_name[p["name"].get<std::string>()] = p;
    REQUIRE(by_name.count("Daniel Osei"));
    CHECK(by_name["Daniel Osei"]["skin"] == "dark");  // he was drawn pale from a hash of his name
    REQUIRE(by_name.count("Halyna Kovalenko"));
    REQUIRE(by_name.count("Teodor Wójcik"));
    // Two retired customers, no longer the same grey helmet of hair.
    CHECK(by_name["Halyna Kovalenko"]["age"] == "older");
    CHECK(by_name["Teodor Wójcik"]["age"] == "older");
    CHECK(by_name["Halyna Kovalenko"]["hair_style"] != by_name["Teodor Wójcik"]["hair_style"]);
    for (const auto& [name, p] : by_name) {
        INFO(name);
        CHECK(p["given"] == true);
    }
}

TEST_CASE("window: high contrast and 1.5x text set from the Esc menu mid-encounter apply at once and are kept after a restart",
          "[window][a11y]") {
    TempDir save("menu_a11y");
    std::string d = " --save-dir '" + save.path + "'";
    auto runs = run_windows({{std::string(kStory) + " --keys n,Space,Escape,a,h,+,+,+,+,+" + d},
                             {std::string(kStory) + " --keys n,Space"},
                             {std::string(kStory) + " --keys n,Space,Escape,a,Escape"}});
    const WindowRun &set = runs[0], &plain = runs[1], &back = runs[2];
    INFO(set.describe());
    REQUIRE(set.code == 0);
    CHECK(set.screen() == "decision");  // still mid-encounter, nothing answered
    CHECK(decisions(set.state).empty());
    CHECK(set.window()["menu_open"] == true);
    CHECK(set.window()["menu_settings"] == true);
    CHECK(set.window()["settings"]["high_contrast"] == true);
    CHECK(set.window()["settings"]["text_scale"].get<double>() == Approx(1.5).margin(0.01));
    // Applied to this very frame: the black palette, and text half as large again.
    CHECK(set.window()["applied"]["high_contrast"] == true);
    double px = set.window()["applied"]["body_px"].get<double>(), plain_px = plain.window()["applied"]["body_px"].get<double>();
    CHECK(px >= plain_px * 1.4);
    // Black behind the menu (ImGui dims what is under a modal), where the standard palette has almost none.
    CHECK(set.png.count_near(0, 0, 0) > set.png.pixels() / 8);
    CHECK(plain.png.count_near(0, 0, 0) < plain.png.pixels() / 20);
    CHECK(read_text(save.path + "/settings.json").find("\"high_contrast\": true") != std::string::npos);
    // Esc on the page goes back to the menu, not out of it.
    INFO(back.describe());
    CHECK(back.window()["menu_open"] == true);
    CHECK(back.window()["menu_settings"] == false);

    auto again = run_window({"--keys c" + d});
    INFO(again.describe());
    REQUIRE(again.code == 0);
    CHECK(again.screen() == "decision");
    CHECK(again.window()["settings"]["high_contrast"] == true);
    CHECK(again.window()["settings"]["text_scale"].get<double>() == Approx(1.5).margin(0.01));
    CHECK(again.window()["applied"]["high_contrast"] == true);
    CHECK(again.window()["applied"]["body_px"].get<double>() == Approx(px));
}

TEST_CASE("window: self-voicing turned on in the menu reads each focused answer without pressing V, and is kept",
          "[window][a11y][speech]") {
    TempDir save("voicing");
    std::string d = " --save-dir '" + save.path + "'";
    auto first = run_window({std::string(kStory) + " --keys n,Space,Escape,a,s,Escape,Escape,Down,Down" + d,
                             "FRONTDOOR_SPEECH=capture"});
    INFO(first.describe());
    REQUIRE(first.code == 0);
    CHECK(first.window()["settings"]["self_voicing"] == true);
    CHECK(first.window()["menu_open"] == false);
    REQUIRE(!first.state["spoken"].empty());
    std::string last = first.state["spoken"].back().get<std::string>();
    INFO(last);
    CHECK((last.size() > 3 && last[0] >= '1' && last[0] <= '5' && last.compare(1, 2, ", ") == 0));  // "2, Accommodate, ..."
    auto again = run_window({"--keys c,Down" + d, "FRONTDOOR_SPEECH=capture"});
    INFO(again.describe());
    CHECK(again.window()["settings"]["self_voicing"] == true);
    CHECK(!again.state["spoken"].empty());
}

TEST_CASE("window: a trainee's debrief and footers offer only what a trainee can use, with no designer wording",
          "[window][a11y]") {
    auto runs = run_windows({{std::string(kStory) + " --keys n,Space,4,Space,4,Space,v", "FRONTDOOR_SPEECH=capture"},
                             {std::string(kStory) + " --keys n,Space,v", "FRONTDOOR_SPEECH=capture"}});
    for (const WindowRun& r : runs) {
        INFO(r.describe());
        REQUIRE(r.code == 0);
        REQUIRE(!r.state["spoken"].empty());
        std::string said = lower(r.state["spoken"].back().get<std::string>());
        INFO(said);
        CHECK(said.find("designer") == std::string::npos);
        CHECK(r.window()["footer"].get<std::string>().find("F12") == std::string::npos);
    }
    CHECK(runs[0].screen() == "debrief");
    CHECK(lower(runs[0].state["spoken"].back().get<std::string>()).find("rated from 1 to 5") != std::string::npos);
}
