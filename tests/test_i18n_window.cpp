// The game in Spanish: --lang es shows the interface and the story in Spanish, and
// the longer text still fits (the layout probe) in a solo game at 1280x720 and a
// workshop at 1920x1080; a whole workshop (plan, introduction, vote, reveal, outcome,
// debrief, summary) shows no English at either size; the language chosen is
// remembered; an unknown one says so. Reads the shipped Spanish, po/es.po.
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

// Interface English a Spanish workshop must not show: words of the facilitator's pages.
const char* const kEnglish[] = {"next",       "Decision",   "The room",    "hand",          "Played",       "Best fit",
                                "Money",      "Reputation", "Trust",       "Wall",          "Discuss",      "What fitted",
                                "Encounter",  "Vote with",  "Page ",       "Five ways",     "Fits when",    "Assertiveness",
                                "Cooperativeness", "The moment", "the best fit", "votes", "Plan the session",
                                "Start the session", "minute", "Other scripts", "Left out", "Plays #", "decisions"};

// Each text the screens showed that holds an English word of kEnglish, one per line.
std::string english_left(const json& screens, const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names)
        for (const json& t : screens[name]["texts"])
            for (const char* word : kEnglish)
                if (t.get<std::string>().find(word) != std::string::npos)
                    out += name + ": \"" + t.get<std::string>() + "\" (" + word + ")\n";
    return out;
}

}  // namespace

TEST_CASE("A workshop in Spanish shows no English and fits the projector at 1920x1080 and 1280x720", "[window][i18n]") {
    std::string shots = std::filesystem::path(FD_BINARY).parent_path() / "layout-shots";
    std::filesystem::create_directories(shots);
    // The introduction with a mode picked, the story, a vote at each decision, each reveal and
    // its teaching page, the outcome, the debrief's pages and the summary's pages.
    std::string keys = paced("n,3,PageDown,Space,4,+,PageDown,PageDown,PageDown,PageDown,4,+,PageDown,PageDown,PageDown,PageDown,"
                             "PageDown,PageDown,PageDown,PageDown");
    const std::vector<std::string> pages = {"intro", "narration", "vote", "reveal", "reveal_fit", "outcome", "debrief", "summary"};
    std::vector<WindowCall> calls;
    for (const char* size : {"1920x1080", "1280x720"}) {
        calls.push_back({"play scripts/encounters/wrong_size.lua --lang es --facilitator --size " + std::string(size) + " --keys " + keys,
                         "FRONTDOOR_SKIP_INTRO=0", shots + "/es-workshop-" + size + ".png"});
        calls.push_back({"--lang es --facilitator --size " + std::string(size) + " --keys " + paced("e"), "",
                         shots + "/es-plan-" + size + ".png"});
    }
    auto runs = run_windows(calls);
    for (std::size_t i = 0; i < runs.size(); i += 2) {
        std::vector<std::string> plan = {"plan"};
        check_fits(runs[i], pages);
        CHECK(runs[i].screen() == "summary");
        check_fits(runs[i + 1], plan);
        INFO(runs[i].describe());
        CHECK(english_left(runs[i].state["layout"]["screens"], pages) == "");
        CHECK(english_left(runs[i + 1].state["layout"]["screens"], plan) == "");
    }
}

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
