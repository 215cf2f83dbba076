// Every facilitator screen fits the projector: each shipped encounter is
// walked in facilitator mode, headless, at 1920x1080 and 1280x720, through
// every decision it has (each answer played, its reveal and what-fitted page
// shown, then back with PageUp), and the screens' own measurements in
// --state-json must say everything fitted without scrolling, in text no
// smaller than 28 px (an em of 28 px is 33 px of ImGui's size) at 1080p.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "session.hpp"
#include "test_support.hpp"
#include "window_support.hpp"

using namespace fdtest;
namespace fs = std::filesystem;

namespace {

struct Walk {
    Loaded loaded;
    std::vector<std::string> keys;
    std::set<std::string> decisions;  // visited
};

void back(Walk& w, int steps) {
    for (int i = 0; i < steps; ++i) w.keys.push_back("PageUp");
}

// Keys from the state `st` on: narration passed with PageDown, each new decision
// voted, every answer played in turn (reveal, what fitted) and walked on from,
// then taken back. Returns the steps pushed on the game's history (PageUp undoes one).
int walk(Walk& w, const fd::SessionState& st, int depth) {
    fd::Session s(w.loaded.story, w.loaded.host, st);
    int pushed = 0;
    for (int hop = 0; hop < 50 && !s.finished() && s.beat().kind == fd::BeatKind::Narration; ++hop) {
        w.keys.push_back("PageDown");
        ++pushed;
        s.proceed();
    }
    if (s.finished() || s.beat().kind != fd::BeatKind::Decision || depth > 30) return pushed;
    const fd::Beat& b = s.beat();
    if (!w.decisions.insert(b.id).second) return pushed;
    auto row = [](fd::Mode m) { return std::to_string(fd::mode_index(m) + 1); };  // labels on: mode order
    for (const auto& a : b.answers) {
        w.keys.push_back(row(a.mode));
        w.keys.push_back("+");
    }
    for (const auto& a : b.answers) {
        w.keys.insert(w.keys.end(), {row(a.mode), "o", "PageDown", "PageDown"});  // reveal, what fitted, on
        fd::Session next(w.loaded.story, w.loaded.host, s.state());
        next.choose(a.mode);
        int inner = walk(w, next.state(), depth + 1);
        back(w, 3 + inner);
    }
    return pushed;
}

std::size_t decision_beats(const fd::Story& story) {
    std::size_t n = 0;
    for (const auto& st : story.stages)
        for (const auto& b : st.encounter->beats) n += b.kind == fd::BeatKind::Decision ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("workshop: every decision of every shipped encounter fits the projector at 1920x1080 and 1280x720",
          "[window][facilitator][fit]") {
    std::vector<std::string> encounters;
    for (const auto& e : fs::directory_iterator(source_path("scripts/encounters")))
        if (e.path().extension() == ".lua") encounters.push_back(e.path().string());
    std::sort(encounters.begin(), encounters.end());
    REQUIRE(encounters.size() >= 5);
    std::vector<WindowCall> calls;
    std::vector<std::size_t> visited, written;
    for (const auto& path : encounters) {
        Walk w{load_ok(path), {"n", "Escape", "l", "Escape"}, {}};
        fd::Session start(w.loaded.story, w.loaded.host, 1);
        walk(w, start.state(), 0);
        visited.push_back(w.decisions.size());
        written.push_back(decision_beats(*w.loaded.story));
        std::string keys;
        for (const auto& k : w.keys) keys += (keys.empty() ? "" : ",") + k;
        std::string rel = fs::relative(path, source_path("")).string();
        for (const char* size : {"1920x1080", "1280x720"})
            calls.push_back({"play '" + rel + "' --facilitator --size " + size + " --keys " + keys});
    }
    auto runs = run_windows(calls);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const WindowRun& r = runs[i];
        std::size_t e = i / 2;
        INFO(encounters[e] << (i % 2 ? " at 1280x720" : " at 1920x1080"));
        INFO(r.describe());
        REQUIRE(r.code == 0);
        CHECK(r.window()["error"] == "");
        CHECK(visited[e] == written[e]);  // every decision the script has was walked
        const auto& fit = r.window()["fit"];
        for (const char* screen : {"vote", "reveal_fit"}) {
            INFO(screen << ": " << fit.dump());
            REQUIRE(fit.contains(screen));
            CHECK(fit[screen]["fits"] == true);
            CHECK(fit[screen]["frames"].get<long>() > 0);
            if (i % 2 == 0) CHECK(fit[screen]["smallest_px"].get<double>() >= 33.0);
        }
    }
}
