// A workshop as the facilitator runs it, without a window: labels hidden by
// default, the reveal's teaching page and its discussion timer, the chooser's
// time estimates and the handout written at the end.
#include <catch2/catch.hpp>

#include <filesystem>

#include "game.hpp"
#include "test_support.hpp"

using namespace fdtest;
using fdg::Intent;
namespace fs = std::filesystem;

namespace {

// A workshop on The Wrong Size (two decisions), at its first vote.
struct Room {
    std::string dir = temp_dir("room");
    fdg::Game g{options()};
    fdg::Options options() const {
        fdg::Options o;
        o.story_path = source_path("scripts/encounters/wrong_size.lua");
        o.scripts_dir = source_path("scripts");
        o.save_dir = dir + "/saves";
        o.facilitator = true;
        return o;
    }
    Room() {
        g.apply(Intent::of(Intent::NewGame));
        REQUIRE(g.session());
        for (int i = 0; i < 10 && g.screen_name() != "vote"; ++i) g.apply(Intent::of(Intent::Advance));
        REQUIRE(g.screen_name() == "vote");
    }
    ~Room() { fs::remove_all(dir); }
    void hands(fd::Mode m, int n) { g.apply(Intent::vote(Intent::AdjustVote, g.row_of(m), n)); }
};

}  // namespace

TEST_CASE("workshop: mode labels are hidden by default, and turning them on leaves a player's own setting alone",
          "[game][facilitator]") {
    Room r;
    CHECK_FALSE(r.g.labels_shown());
    CHECK(r.g.settings().show_modes);  // one player's labels are on, as before
    r.g.apply(Intent::with_switch(Intent::SetShowModes, true));
    CHECK(r.g.labels_shown());
    CHECK(r.g.settings().workshop_modes);
    r.g.apply(Intent::with_switch(Intent::SetFacilitator, false));
    r.g.apply(Intent::with_switch(Intent::SetShowModes, false));
    CHECK_FALSE(r.g.settings().show_modes);
    CHECK(r.g.settings().workshop_modes);
}

TEST_CASE("workshop: after the reveal comes what fitted and why, and its discussion timer starts by itself",
          "[game][facilitator]") {
    Room r;
    fdg::Game& g = r.g;
    r.hands(fd::Mode::Collaborate, 3);
    r.hands(fd::Mode::Compete, 2);
    g.set_now(100);
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.screen_name() == "reveal");
    CHECK_FALSE(g.workshop().timer.running);
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.screen_name() == "reveal_fit");
    CHECK(g.teaching());
    REQUIRE(g.workshop().timer.running);
    CHECK(g.workshop().timer.total == 120);  // 2 minutes unless the settings say otherwise
    g.set_now(130);
    CHECK(g.workshop().timer.left(g.now()) == Approx(90));
    g.apply(Intent::of(Intent::ToggleTimer));  // T pauses
    g.set_now(200);
    CHECK(g.workshop().timer.left(g.now()) == Approx(90));
    g.apply(Intent::of(Intent::ToggleTimer));  // and starts again
    g.set_now(210);
    CHECK(g.workshop().timer.left(g.now()) == Approx(80));
    g.apply(Intent::of(Intent::ResetTimer));  // Shift+T resets
    CHECK_FALSE(g.workshop().timer.running);
    CHECK(g.workshop().timer.left(g.now()) == Approx(120));
    g.apply(Intent::of(Intent::Back));  // PageUp: back to the reveal
    CHECK(g.screen_name() == "reveal");
    g.apply(Intent::of(Intent::Advance));
    g.apply(Intent::of(Intent::Advance));  // on to the next beat: the timer stops
    CHECK(g.screen_name() != "reveal_fit");
    CHECK_FALSE(g.workshop().timer.running);
}

TEST_CASE("workshop: with the teaching page turned off, next goes from the reveal straight on", "[game][facilitator]") {
    Room r;
    r.g.apply(Intent::with_switch(Intent::SetTeachReveal, false));
    r.hands(fd::Mode::Collaborate, 1);
    r.g.apply(Intent::of(Intent::Advance));
    CHECK(r.g.screen_name() == "reveal");
    r.g.apply(Intent::of(Intent::Advance));
    CHECK(r.g.screen_name() != "reveal_fit");
    CHECK(r.g.view() == fdg::View::Play);
}

TEST_CASE("workshop: the chooser says how long each encounter takes, from its decisions", "[game][facilitator]") {
    Room r;
    r.g.apply(Intent::of(Intent::OpenChooser));
    REQUIRE(!r.g.library().chooser.empty());
    for (const auto& e : r.g.library().chooser) {
        INFO(e.path);
        if (e.ok) CHECK(e.detail.find(" decisions, about ") != std::string::npos);
    }
}

TEST_CASE("workshop: the handout button writes the handout and every vote beside the workshop's save", "[game][facilitator]") {
    Room r;
    r.hands(fd::Mode::Collaborate, 4);
    r.hands(fd::Mode::Avoid, 5);
    r.g.apply(Intent::of(Intent::Advance));
    r.g.apply(Intent::of(Intent::WriteHandout));
    std::string html = read_text(r.dir + "/saves/workshop_handout.html");
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("Played: <b") != std::string::npos);
    CHECK(html.find("'tag split'") == std::string::npos);  // 5 of 9 is more than half: the room did not split
    std::string csv = read_text(r.dir + "/saves/workshop_votes.csv");
    CHECK(csv.find(",avoid,5,9,") != std::string::npos);
    CHECK(csv.find(",collaborate,4,9,") != std::string::npos);
}
