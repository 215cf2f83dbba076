// Every facilitator screen fits the projector: each shipped encounter is
// walked in facilitator mode, headless, at 1920x1080 and 1280x720, through
// every decision it has (each answer played, its reveal and what-fitted page
// shown, then back with PageUp), and the screens' own measurements in
// --state-json must say everything fitted without scrolling, in text no
// smaller than 28 px (an em of 28 px is 33 px of ImGui's size) at 1080p.
#include <catch2/catch.hpp>

#include <filesystem>
#include <algorithm>
#include <iterator>
#include <set>

#include "session.hpp"
#include "values.hpp"
#include "test_support.hpp"
#include "window_support.hpp"

using namespace fdtest;
namespace fs = std::filesystem;

namespace {

struct Walk {
    Loaded loaded;
    std::vector<std::string> keys;
    std::set<std::string> decisions;  // visited, as "encounter id:beat"
    std::set<std::string> walked;     // and with which campaign flags
};

std::string where(const fd::Session& s) { return s.encounter().id + ":" + s.beat().id; }

// The flags as they stand (the campaign's and the encounter's): a decision reached with
// other flags is played through again with its best answer, so what those flags open
// later (an ending, the next encounter's intro) is reached too.
std::string story_flags(const fd::Session& s) {
    std::string out;
    for (const auto& [name, value] : s.state().story) out += name + "=" + fd::flag_to_string(value) + ";";
    out += "|";
    for (const auto& [name, value] : s.state().flags) out += name + "=" + fd::flag_to_string(value) + ";";
    return out;
}

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
    if (!s.finished() && s.beat().kind == fd::BeatKind::Ending && s.story().is_campaign && depth <= 80) {
        // A campaign's ending: the outcome and a page per decision, then the next encounter.
        std::size_t pages = 1;
        for (const auto& ev : s.state().log) pages += ev.stage == s.state().stage && ev.kind == fd::EventKind::Decision ? 1 : 0;
        for (std::size_t i = 0; i < pages; ++i) w.keys.push_back("PageDown");
        s.proceed();
        return pushed + static_cast<int>(pages) + walk(w, s.state(), depth + 1);
    }
    if (s.finished() || s.beat().kind != fd::BeatKind::Decision || depth > 80) return pushed;
    const fd::Beat& b = s.beat();
    if (!w.walked.insert(where(s) + "|" + story_flags(s)).second) return pushed;
    auto row = [](fd::Mode m) { return std::to_string(fd::mode_index(m) + 1); };  // labels on: mode order
    if (!w.decisions.insert(where(s)).second) {
        // Seen, but with other campaign flags: play one answer through, for what those flags open later.
        fd::Mode m = s.beat().best_answer()->mode;
        w.keys.insert(w.keys.end(), {row(m), "o", "PageDown", "PageDown"});
        fd::Session next(w.loaded.story, w.loaded.host, s.state());
        next.choose(m);
        return pushed + 3 + walk(w, next.state(), depth + 1);
    }
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

std::set<std::string> decision_beats(const fd::Story& story) {
    std::set<std::string> out;
    for (const auto& st : story.stages)
        for (const auto& b : st.encounter->beats)
            if (b.kind == fd::BeatKind::Decision) out.insert(st.encounter->id + ":" + b.id);
    return out;
}

std::string keys_of(const Walk& w) {
    std::string keys;
    for (const auto& k : w.keys) keys += (keys.empty() ? "" : ",") + k;
    return keys;
}

}  // namespace

TEST_CASE("workshop: every decision of every shipped encounter fits the projector at 1920x1080 and 1280x720",
          "[window][facilitator][fit]") {
    std::vector<std::string> encounters;
    for (const auto& e : fs::directory_iterator(source_path("scripts/encounters")))
        if (e.path().extension() == ".lua") encounters.push_back(e.path().string());
    std::sort(encounters.begin(), encounters.end());
    REQUIRE(encounters.size() >= 5);
    // Each encounter alone, and the campaign (some decisions need what came before).
    encounters.push_back(source_path("scripts/campaign.lua"));
    std::vector<WindowCall> calls;
    std::set<std::string> visited, written;
    for (const auto& path : encounters) {
        Walk w{load_ok(path), {"n", "Escape", "l", "Escape"}, {}, {}};
        fd::Session start(w.loaded.story, w.loaded.host, 1);
        walk(w, start.state(), 0);
        visited.insert(w.decisions.begin(), w.decisions.end());
        auto all = decision_beats(*w.loaded.story);
        written.insert(all.begin(), all.end());
        INFO(path << ": " << w.keys.size() << " keys");
        CHECK(w.keys.size() < 20000);  // a walk a loaded machine runs in well under its timeout
        std::string rel = fs::relative(path, source_path("")).string();
        for (const char* size : {"1920x1080", "1280x720"})
            calls.push_back({"play '" + rel + "' --facilitator --size " + size + " --keys " + keys_of(w)});
    }
    std::vector<std::string> missed;
    std::set_difference(written.begin(), written.end(), visited.begin(), visited.end(), std::back_inserter(missed));
    INFO("decisions never reached: " << missed.size());
    for (const auto& m : missed) UNSCOPED_INFO(m);
    CHECK(missed.empty());  // every decision the scripts have was walked
    auto runs = run_windows(calls);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const WindowRun& r = runs[i];
        std::size_t e = i / 2;
        INFO(encounters[e] << (i % 2 ? " at 1280x720" : " at 1920x1080"));
        INFO(r.describe());
        REQUIRE(r.code == 0);
        CHECK(r.window()["error"] == "");
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
