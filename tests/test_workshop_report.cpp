// A workshop's record: the room's profile from every vote, where the room
// split, and the handout and CSV that `frontdoor report workshop` writes.
#include <catch2/catch.hpp>

#include <fstream>

#include "handout_html.hpp"
#include "room_profile.hpp"
#include "room_vote.hpp"
#include "room_votes.hpp"
#include "save.hpp"
#include "session.hpp"
#include "test_support.hpp"
#include "votes_csv.hpp"
#include "workshop_report.hpp"

using namespace fdtest;
using fd::Mode;

namespace {

std::array<int, 5> hands(std::initializer_list<std::pair<Mode, int>> list) {
    std::array<int, 5> out{};
    for (auto [m, n] : list) out[static_cast<std::size_t>(fd::mode_index(m))] = n;
    return out;
}

// The Wrong Size played through by a room: collaborate at every decision,
// with a vote recorded for each (10 for collaborate, 15 scattered).
struct PlayedWorkshop {
    std::shared_ptr<const fd::Story> story;
    fd::SaveGame save;
    std::vector<fd::RoomVoteRecord> votes;
};

PlayedWorkshop play_wrong_size() {
    auto [story, host] = load_ok(source_path("scripts/encounters/wrong_size.lua"));
    fd::Session s(story, host, 1);
    PlayedWorkshop w;
    for (int step = 0; step < 200 && !s.finished(); ++step) {
        if (!s.at_decision()) {
            s.proceed();
            continue;
        }
        fd::RoomVoteRecord v;
        v.log_index = s.state().log.size();
        v.stage = s.state().stage;
        v.beat = s.state().beat;
        v.counts = hands({{Mode::Collaborate, 10}, {Mode::Avoid, 5}, {Mode::Accommodate, 5}, {Mode::Compete, 5}});
        v.played = Mode::Collaborate;
        s.choose(Mode::Collaborate);
        w.votes.push_back(v);
    }
    REQUIRE(s.finished());
    w.story = story;
    w.save.script = "encounters/wrong_size.lua";
    w.save.player = "Tuesday group";
    w.save.state = s.state();
    return w;
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the room's profile counts every hand raised, not only the answers played", "[report]") {
    fd::RoomVoteRecord v;
    v.counts = hands({{Mode::Collaborate, 10}, {Mode::Avoid, 5}, {Mode::Accommodate, 5}, {Mode::Compete, 5}});
    v.played = Mode::Collaborate;
    fd::RoomProfile p = fd::room_profile({v});
    CHECK(p.total_hands == 25);
    CHECK(p.hands_for(Mode::Avoid) == 5);
    CHECK(p.hands_for(Mode::Collaborate) == 10);
    CHECK(p.played_for(Mode::Collaborate) == 1);
    CHECK(p.played_for(Mode::Avoid) == 0);
    // The mean sits where all 25 hands put it, not on the played answer.
    CHECK(p.mean.assertiveness == Approx((10 * 0.9 + 5 * 0.1 + 5 * 0.1 + 5 * 0.9) / 25));
}

TEST_CASE("the room split when no answer has more than half the hands", "[report]") {
    CHECK_FALSE(fd::room_split(fd::tally_votes(hands({{Mode::Collaborate, 10}, {Mode::Avoid, 15}}))));  // 15 of 25 is more than half
    CHECK_FALSE(fd::room_split(fd::tally_votes(hands({{Mode::Collaborate, 13}, {Mode::Avoid, 12}}))));
    CHECK(fd::room_split(fd::tally_votes(hands({{Mode::Collaborate, 10}, {Mode::Avoid, 10}}))));       // exactly half is no majority
    CHECK(fd::room_split(fd::tally_votes(hands({{Mode::Collaborate, 10}, {Mode::Avoid, 8}, {Mode::Compete, 7}}))));
    CHECK_FALSE(fd::room_split(fd::tally_votes({})));  // no hands counted: nothing to split
    fd::RoomVoteRecord split, clear;
    split.counts = hands({{Mode::Collaborate, 10}, {Mode::Avoid, 12}, {Mode::Compete, 4}});  // 12 of 26
    clear.counts = hands({{Mode::Collaborate, 20}, {Mode::Avoid, 2}});
    CHECK(fd::room_profile({split, clear, split}).splits == 2);
}

TEST_CASE("the room's votes survive their JSON file, and a damaged entry loses only itself", "[report]") {
    fd::RoomVoteRecord v;
    v.log_index = 7;
    v.stage = "wrong_size";
    v.beat = "open";
    v.counts = hands({{Mode::Compete, 3}});
    v.played = Mode::Compete;
    v.overridden = true;
    nlohmann::json j = fd::room_votes_to_json({v, v});
    j[1]["played"] = "shout";
    auto back = fd::room_votes_from_json(j);
    REQUIRE(back.size() == 1);
    CHECK(back[0].log_index == 7);
    CHECK(back[0].counts == v.counts);
    CHECK(back[0].overridden);
    CHECK(fd::room_votes_path("/saves/facilitator.json") == "/saves/facilitator_votes.json");
}

TEST_CASE("the handout shows every decision's votes, the answer played and each answer's fit and why, in one file", "[report]") {
    PlayedWorkshop w = play_wrong_size();
    fd::WorkshopReport r = fd::build_workshop_report(*w.story, w.save, w.votes);
    REQUIRE(r.decisions.size() == w.votes.size());
    std::string html = fd::handout_html(r);
    CHECK(count_of(html, "class='decision'") == w.votes.size());
    for (const auto& d : r.decisions) {
        CHECK(d.played == Mode::Collaborate);
        CHECK(d.total_hands == 25);
        CHECK(d.split);  // 10 of 25
        for (const auto& a : d.answers) CHECK(html.find(a.why.substr(0, 30)) != std::string::npos);
    }
    CHECK(r.profile.total_hands == 25 * static_cast<int>(w.votes.size()));
    CHECK(html.find("Tuesday group") != std::string::npos);
    CHECK(html.find("@page { size: A4") != std::string::npos);
    // Self-contained: no scripts, no fetched styles, fonts or images.
    for (const char* outside : {"<script", "<link", "src=", "url(", "@import"}) CHECK(html.find(outside) == std::string::npos);
}

TEST_CASE("the CSV has a row per answer offered at each decision, with the room's hands", "[report]") {
    PlayedWorkshop w = play_wrong_size();
    fd::WorkshopReport r = fd::build_workshop_report(*w.story, w.save, w.votes);
    std::string csv = fd::votes_csv(r);
    std::size_t answers = 0;
    for (const auto& d : r.decisions) answers += d.answers.size();
    CHECK(count_of(csv, "\r\n") == answers + 1);
    CHECK(csv.rfind("encounter,stage,decision,beat,mode,hands,", 0) == 0);
    CHECK(csv.find(",collaborate,10,25,") != std::string::npos);
}

TEST_CASE("votes of another play-through are never mixed into the handout", "[report]") {
    PlayedWorkshop w = play_wrong_size();
    for (auto& v : w.votes) v.beat = "not_" + v.beat;
    fd::WorkshopReport r = fd::build_workshop_report(*w.story, w.save, w.votes);
    for (const auto& d : r.decisions) CHECK_FALSE(d.voted);
    CHECK(r.profile.total_hands == 0);
}

TEST_CASE("frontdoor report workshop writes the handout and the CSV from a workshop's save", "[report][cli]") {
    PlayedWorkshop w = play_wrong_size();
    std::string dir = temp_dir("report");
    fd::write_save(dir + "/facilitator.json", w.save);
    nlohmann::json votes = {{"script", w.save.script}, {"votes", fd::room_votes_to_json(w.votes)}};
    write_temp_file(dir, "facilitator_votes.json", votes.dump());
    std::string scripts = " --scripts '" + source_path("scripts") + "'";
    auto r = run_cli("report workshop '" + dir + "/facilitator.json' --html '" + dir + "/h.html' --csv '" + dir + "/v.csv'" + scripts);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(read_text(dir + "/h.html").find("<svg") != std::string::npos);
    CHECK(read_text(dir + "/v.csv").find(",collaborate,10,25,") != std::string::npos);
    auto missing = run_cli("report workshop '" + dir + "/none.json' --html '" + dir + "/x.html'" + scripts);
    CHECK(missing.code == 1);
    CHECK(missing.err.find("none.json") != std::string::npos);
    CHECK(run_cli("report weekly").code == 2);
}
