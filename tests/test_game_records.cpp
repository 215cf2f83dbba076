// The window's records (fdgame + engine/records): a game played through Game's
// intents is recorded beside the saves under the title screen's name and email;
// a workshop is not; the Records screen's delete needs a second press.
#include <catch2/catch.hpp>

#include <filesystem>

#include "game.hpp"
#include "records_db.hpp"
#include "test_support.hpp"

using namespace fdtest;
using fdg::Intent;

namespace {

fdg::Options shipped_campaign(const std::string& save_dir, bool facilitator = false) {
    fdg::Options o;
    o.story_path = source_path("scripts/campaign.lua");
    o.scripts_dir = source_path("scripts");
    o.save_dir = save_dir;
    o.facilitator = facilitator;
    return o;
}

// Answers the best-fit answer at each decision until the campaign ends (bounded).
void play_through(fdg::Game& g) {
    for (int moves = 0; moves < 2000 && g.session() && !g.session()->finished(); ++moves) {
        if (g.session()->at_decision()) {
            g.apply(Intent::choose(g.session()->beat().best_answer()->mode));
            g.apply(Intent::of(Intent::DismissConsequence));
        } else {
            g.apply(Intent::of(Intent::Proceed));
        }
    }
    REQUIRE(g.session()->finished());
}

long long count(const std::string& db_path, const char* sql) {
    fd::Db db(db_path);
    fd::Stmt s(db, sql);
    s.step();
    return s.i64(0);
}

}  // namespace

TEST_CASE("a game played in the window is recorded beside the saves under the name and email typed", "[game][records]") {
    std::string saves = temp_dir("game-records") + "/save";
    {
        fdg::Game g(shipped_campaign(saves));
        g.apply(Intent::with_text(Intent::SetName, "Ana"));
        g.apply(Intent::with_text(Intent::SetContact, " ana@example.com "));
        g.apply(Intent::of(Intent::NewGame));
        play_through(g);
        g.apply(Intent::of(Intent::OpenRecords));
        CHECK(g.screen_name() == "records");
        REQUIRE(g.records().report().players.size() == 1);
        CHECK(g.records().report().players[0].player.email == "ana@example.com");
        CHECK(g.records().report().players[0].completion() == Approx(1.0));
        CHECK_FALSE(g.records().status().lrs);  // nothing configured: nothing leaves the machine
    }
    std::string db = saves + "/records.db";
    CHECK(count(db, "SELECT COUNT(*) FROM attempts WHERE completed=1") == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM decisions") > 0);
    // Statements wait on this machine for an LRS to be configured; none has been sent.
    CHECK(count(db, "SELECT COUNT(*) FROM outbox WHERE state='waiting'") > 0);
    CHECK(count(db, "SELECT COUNT(*) FROM outbox WHERE state<>'waiting'") == 0);
}

TEST_CASE("deleting a player on the Records screen takes a second press", "[game][records]") {
    std::string saves = temp_dir("game-records-del") + "/save";
    fdg::Game g(shipped_campaign(saves));
    g.apply(Intent::with_text(Intent::SetName, "Bo"));
    g.apply(Intent::of(Intent::NewGame));
    play_through(g);
    g.apply(Intent::of(Intent::OpenRecords));
    REQUIRE(g.records().report().players.size() == 1);
    Intent del = Intent::with_switch(Intent::DeleteRecords, false);
    del.number = static_cast<int>(g.records().report().players[0].player.id);
    g.apply(del);
    CHECK(g.records().report().players.size() == 1);  // armed, not deleted
    CHECK(g.records().armed_delete() == del.number);
    del.on = true;
    g.apply(del);
    CHECK(g.records().report().players.empty());
}

TEST_CASE("a workshop in facilitator mode is not recorded as a learner", "[game][records]") {
    std::string saves = temp_dir("game-records-room") + "/save";
    {
        fdg::Game g(shipped_campaign(saves, true));
        g.apply(Intent::of(Intent::NewGame));
        REQUIRE(g.session());
        g.apply(Intent::of(Intent::Advance));
    }
    CHECK_FALSE(std::filesystem::exists(saves + "/records.db"));
}

TEST_CASE("a game continued from its save goes on in the same attempt under the same email", "[game][records]") {
    std::string saves = temp_dir("game-records-resume") + "/save";
    {
        fdg::Game g(shipped_campaign(saves));
        g.apply(Intent::with_text(Intent::SetName, "Cy"));
        g.apply(Intent::with_text(Intent::SetContact, "cy@example.com"));
        g.apply(Intent::of(Intent::NewGame));
        for (int moves = 0; moves < 50 && !g.session()->at_decision(); ++moves) g.apply(Intent::of(Intent::Proceed));
        g.apply(Intent::choose(g.session()->beat().best_answer()->mode));
    }
    fdg::Game g(shipped_campaign(saves));
    g.apply(Intent::of(Intent::ContinueGame));
    REQUIRE(g.session());
    CHECK(g.library().player_contact == "cy@example.com");
    play_through(g);
    std::string db = saves + "/records.db";
    CHECK(count(db, "SELECT COUNT(*) FROM attempts") == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM attempts WHERE completed=1") == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM players") == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM (SELECT attempt_id FROM decisions GROUP BY attempt_id "
                    "HAVING COUNT(*) <> MAX(seq) + 1)") == 0);
}

TEST_CASE("the name and email typed on the title screen are there at the next start, and the next game is theirs",
          "[game][records]") {
    std::string saves = temp_dir("game-records-identity") + "/save";
    {
        fdg::Game g(shipped_campaign(saves));
        CHECK(g.library().player_name.empty());
        g.apply(Intent::with_text(Intent::SetName, "Dee"));
        g.apply(Intent::with_text(Intent::SetContact, "dee@example.com"));
    }  // quit without playing
    fdg::Game g(shipped_campaign(saves));
    CHECK(g.library().player_name == "Dee");
    CHECK(g.library().player_contact == "dee@example.com");
    g.apply(Intent::of(Intent::NewGame));
    play_through(g);
    std::string db = saves + "/records.db";
    CHECK(count(db, "SELECT COUNT(*) FROM players WHERE name='Dee' AND email='dee@example.com'") == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM attempts a JOIN players p ON p.id=a.player_id "
                    "WHERE p.email='dee@example.com' AND a.completed=1") == 1);
}

TEST_CASE("a workshop's group name is not remembered as the next player's name", "[game][records]") {
    std::string saves = temp_dir("game-records-group") + "/save";
    {
        fdg::Game g(shipped_campaign(saves));
        g.apply(Intent::with_text(Intent::SetName, "Eve"));
    }
    {
        fdg::Game room(shipped_campaign(saves, true));
        room.apply(Intent::with_text(Intent::SetName, "Tuesday cohort"));
    }
    fdg::Game g(shipped_campaign(saves));
    CHECK(g.library().player_name == "Eve");
}

TEST_CASE("the Records screen shows the title screen's player first, and another when one is picked",
          "[game][records]") {
    std::string saves = temp_dir("game-records-pick") + "/save";
    fdg::Game g(shipped_campaign(saves));
    for (const char* name : {"Ann", "Ben"}) {
        g.apply(Intent::with_text(Intent::SetName, name));
        g.apply(Intent::of(Intent::NewGame));
        play_through(g);
        g.apply(Intent::of(Intent::ToTitle));
    }
    g.apply(Intent::of(Intent::OpenRecords));
    REQUIRE(g.records().report().players.size() == 2);
    REQUIRE(g.records().selected());
    CHECK(g.records().selected()->player.name == "Ben");
    Intent pick = Intent::of(Intent::ShowRecordsOf);
    pick.number = static_cast<int>(g.records().report().players[0].player.id);
    g.apply(pick);
    CHECK(g.records().selected()->player.name == "Ann");
}
