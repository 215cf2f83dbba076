// The game layer (fdgame) without a window: hot reload of an edited script
// mid-session, the inspector's actions, the facilitator's clicker and vote
// board, and one player's game from start to summary, driven as the screens
// drive it (intents) or through Game's actions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "autoplay.hpp"
#include "game.hpp"
#include "minimal_encounter.hpp"
#include "persist.hpp"
#include "save_slot.hpp"
#include "test_support.hpp"

using namespace fdtest;
namespace fs = std::filesystem;

namespace {

// A two-decision encounter, the tests' minimal one with every answer at "ask"
// leading to "second", which ends kept/lost. `second_says` changes a line; with
// `with_second` false the beat is gone (ask leads straight to kept).
std::string encounter_text(bool with_second, const std::string& second_says = "Anything else?") {
    std::string next = with_second ? "second" : "kept";
    std::string text = with(with(minimal_encounter(), R"(id = "mini")", R"(id = "reload")"), R"(title = "Mini")",
                            R"(title = "Reload")");
    const std::string to = "next = \"" + next + "\"";
    for (std::string from : {R"(next = "lost")", R"(next = "kept")"})
        for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
            text.replace(pos, from.size(), to);
    if (!with_second) return text;
    return with(text, R"(    ending { id = "kept",)", R"LUA(    decision {
      id = "second",
      says = "\")LUA" + second_says + R"LUA(\"",
      answers = {
        answer { mode = "avoid", says = "No.", effects = { trust = -10 }, next = "lost", fit = 1, why = "Dodges." },
        answer { mode = "accommodate", says = "Of course.", effects = { trust = 10 }, next = "kept", fit = 4, why = "Kind." },
        answer { mode = "compromise", says = "Some of it.", effects = { trust = 4 }, next = "kept", fit = 3, why = "Middle." },
        answer { mode = "collaborate", says = "Let's see.", effects = { trust = 15 }, next = "kept", fit = 5, why = "Both." },
        answer { mode = "compete", says = "That's all.", effects = { trust = -20 }, next = "lost", fit = 1, why = "Cold." },
      },
    },
    ending { id = "kept",)LUA");
}

int line_of(const std::string& text, const std::string& needle) {
    auto pos = text.find(needle);
    REQUIRE(pos != std::string::npos);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
}

// Rewrites the file as an editor would, with a modification time surely later
// than the one the game saw.
void rewrite(const std::string& path, const std::string& text) {
    static int bump = 0;
    auto before = fs::last_write_time(path);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    fs::last_write_time(path, before + std::chrono::seconds(++bump));
}

void poll_later(fdg::Game& g) {
    g.set_now(g.now() + fdg::HotReload::kPollSeconds + 0.01);
    g.poll_reload();
}

fdg::Options options_for(const std::string& story, const std::string& save_dir, bool facilitator = false) {
    fdg::Options o;
    o.story_path = story;
    o.scripts_dir = fs::path(story).parent_path().string();
    o.save_dir = save_dir;
    o.facilitator = facilitator;
    return o;
}

// The inspector's tests play as a designer (--designer): trainees are never offered it.
fdg::Options designer_options(const std::string& story, const std::string& save_dir) {
    fdg::Options o = options_for(story, save_dir);
    o.designer = true;
    return o;
}

// A new Game on the save in `save_dir`, continued.
std::unique_ptr<fdg::Game> continued(const std::string& story, const std::string& save_dir, bool facilitator = false) {
    auto g = std::make_unique<fdg::Game>(options_for(story, save_dir, facilitator));
    g->continue_game();
    INFO(g->overlays().error.title + ": " + g->overlays().error.message);
    REQUIRE(!g->overlays().error.open);
    REQUIRE(g->session());
    return g;
}

}  // namespace

TEST_CASE("game: hot reload keeps the session, falls back when its beat goes, survives a broken edit", "[game][reload]") {
    std::string dir = temp_dir("reload");
    std::string path = write_temp_file(dir, "reload.lua", encounter_text(true));
    std::string saves = dir + "/save", early_saves = dir + "/save-before-edit";
    fdg::Game g(options_for(path, saves));
    REQUIRE(g.library().main_story);
    g.new_game();
    REQUIRE(g.session());
    REQUIRE(g.session()->state().beat == "ask");
    const fd::CustomerState at_ask = g.session()->state().customer;
    g.choose(fd::Mode::Collaborate);
    REQUIRE(g.session()->state().beat == "second");
    const int trust = g.session()->state().customer.trust;
    fs::copy(saves, early_saves, fs::copy_options::recursive);  // the save as it was before any edit

    // Nothing changed: polling does nothing.
    auto story_before = g.session()->story_ptr();
    poll_later(g);
    CHECK(g.session()->story_ptr() == story_before);

    SECTION("a changed line: the same beat, the new words") {
        rewrite(path, encounter_text(true, "One more thing."));
        poll_later(g);
        CHECK(g.reload().errors.empty());
        CHECK(g.session()->story_ptr() != story_before);
        CHECK(g.session()->state().beat == "second");
        CHECK(g.session()->beat().text == "\"One more thing.\"");
        CHECK(g.session()->state().customer.trust == trust);
        CHECK(g.session()->state().log.size() == 1);
        // A save from before the edit loads into the edited story.
        auto old = continued(path, early_saves);
        CHECK(old->session()->state().beat == "second");
        CHECK(old->session()->beat().text == "\"One more thing.\"");
        // Play goes on in the new version.
        g.choose(fd::Mode::Accommodate);
        CHECK(g.session()->state().beat == "kept");
    }

    SECTION("its beat deleted, then a syntax error, then fixed") {
        rewrite(path, encounter_text(false));
        poll_later(g);
        CHECK(g.reload().errors.empty());
        CHECK(g.session()->encounter().beat("second") == nullptr);
        // Back to the nearest earlier decision, to be made again: the state as
        // it was there, the answer given there out of the log.
        CHECK(g.session()->state().beat == "ask");
        CHECK(g.session()->at_decision());
        CHECK(g.session()->state().log.empty());
        CHECK(g.session()->state().customer == at_ask);
        auto working = g.session()->story_ptr();

        std::string broken = encounter_text(false);
        broken.replace(broken.find("says = \"\\\"Help me.\\\"\","), 0, "oops ");
        rewrite(path, broken);
        poll_later(g);
        const std::string where = "reload.lua:" + std::to_string(line_of(broken, "oops"));
        INFO(g.reload().last_error_text());
        CHECK(!g.reload().errors.empty());
        CHECK(g.reload().last_error_text().find(where) != std::string::npos);
        // The last good version keeps running.
        CHECK(g.session()->story_ptr() == working);
        g.choose(fd::Mode::Compromise);
        CHECK(!g.overlays().error.open);
        CHECK(g.session()->state().beat == "kept");
        // Still broken: polling again changes nothing.
        poll_later(g);
        CHECK(!g.reload().errors.empty());

        rewrite(path, encounter_text(false));
        poll_later(g);
        CHECK(g.reload().errors.empty());
        CHECK(g.reload().last_error_text().empty());
        CHECK(g.session()->story_ptr() != working);
        CHECK(g.session()->state().beat == "kept");
        g.proceed();
        CHECK(!g.overlays().error.open);
        CHECK(g.session()->finished());
        REQUIRE(g.session()->state().results.size() == 1);
        CHECK(g.session()->state().results[0].outcome == "kept");

        // The save from before all this still loads: its beat is gone, so the nearest earlier decision.
        auto old = continued(path, early_saves);
        CHECK(old->session()->state().beat == "ask");
        CHECK(old->session()->at_decision());
    }
    fs::remove_all(dir);
}

TEST_CASE("game: the inspector jumps to any beat and changes values, and both are saved", "[game][inspector]") {
    std::string dir = temp_dir("inspector");
    std::string path = write_temp_file(dir, "reload.lua", encounter_text(true));
    std::string saves = dir + "/save";
    fdg::Game g(designer_options(path, saves));
    g.new_game();
    REQUIRE(g.session());
    g.choose(fd::Mode::Compete);  // a consequence on screen
    REQUIRE(g.view() == fdg::View::Consequence);

    g.jump_to("second");
    CHECK(!g.overlays().error.open);
    CHECK(g.session()->state().beat == "second");
    CHECK(g.view() == fdg::View::Play);
    CHECK(!g.consequence());
    CHECK(g.screen_name() == "decision");

    // A beat that does not exist: a message, and the story stays put.
    g.jump_to("nowhere");
    CHECK(g.overlays().error.open);
    CHECK(g.overlays().error.message.find("nowhere") != std::string::npos);
    CHECK(g.overlays().error.title.find("while jumping to a beat") != std::string::npos);  // a whole sentence per action
    CHECK(g.session()->state().beat == "second");
    g.apply(fdg::Intent::of(fdg::Intent::CloseError));
    CHECK(!g.overlays().error.open);

    // Changing values, as the inspector's sliders do: saved at once.
    fd::CustomerState customer = g.session()->state().customer;
    fd::BusinessState business = g.session()->state().business;
    customer.trust = 77;
    business.money = -30;
    g.set_values(customer, business);
    g.choose(fd::Mode::Collaborate);
    const auto& log = g.session()->state().log;
    auto decision = std::find_if(log.rbegin(), log.rend(), [](const fd::Event& e) { return e.kind == fd::EventKind::Decision; });
    REQUIRE(decision != log.rend());
    CHECK(decision->beat == "second");
    CHECK(decision->before.customer.trust == 77);
    CHECK(decision->before.business.money == -30);
    CHECK(g.session()->state().beat == "kept");

    g.jump_to("lost");
    CHECK(g.session()->state().beat == "lost");
    CHECK(g.screen_name() == "debrief");

    // Everything the inspector did is in the save.
    auto again = continued(path, saves);
    CHECK(again->session()->state().beat == "lost");
    CHECK(again->session()->state().log.size() == g.session()->state().log.size());
    fs::remove_all(dir);
}

namespace {

using fdg::Intent;

// The room's hands for `m`, as the facilitator enters them (+ on its row).
void hands(fdg::Game& g, fd::Mode m, int n) { g.apply(Intent::vote(Intent::AdjustVote, g.row_of(m), n)); }

int board_count(const fdg::Game& g, fd::Mode m) { return g.board().counts[static_cast<std::size_t>(fd::mode_index(m))]; }

// A workshop on the two-decision encounter, at its first vote.
struct Workshop {
    std::string dir = temp_dir("workshop");
    std::string path = write_temp_file(dir, "reload.lua", encounter_text(true));
    std::string saves = dir + "/save";
    fdg::Game g{options_for(path, saves, true)};
    Workshop() {
        g.apply(Intent::of(Intent::NewGame));
        REQUIRE(g.session());
        REQUIRE(g.screen_name() == "intro");  // every workshop session opens on the introduction
        g.apply(Intent::of(Intent::Advance));
        REQUIRE(g.screen_name() == "vote");
    }
    ~Workshop() { fs::remove_all(dir); }
};

}  // namespace

TEST_CASE("facilitator: next plays the majority, and back from its reveal returns to the vote with the hands kept",
          "[game][facilitator]") {
    Workshop w;
    fdg::Game& g = w.g;
    hands(g, fd::Mode::Collaborate, 3);
    hands(g, fd::Mode::Avoid, 1);
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.screen_name() == "reveal");
    REQUIRE(g.consequence());
    CHECK(g.consequence()->mode == fd::Mode::Collaborate);
    REQUIRE(g.workshop().votes.size() == 1);
    const fdg::RoomVote& v = g.workshop().votes[0];
    CHECK(v.played == fd::Mode::Collaborate);
    CHECK(!v.overridden);
    CHECK(!v.tie);
    CHECK(v.beat == "ask");
    CHECK(v.counts[static_cast<std::size_t>(fd::mode_index(fd::Mode::Collaborate))] == 3);

    g.apply(Intent::of(Intent::Back));
    CHECK(g.screen_name() == "vote");
    CHECK(g.session()->state().beat == "ask");
    CHECK(g.session()->state().log.empty());  // the answer is taken back
    CHECK(g.workshop().votes.empty());
    CHECK(board_count(g, fd::Mode::Collaborate) == 3);
    CHECK(board_count(g, fd::Mode::Avoid) == 1);

    // Next again plays the same majority; on from the reveal, what fitted and why
    // (the teaching page, on by default), then the next vote starts empty.
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.screen_name() == "reveal");
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.screen_name() == "reveal_fit");
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.screen_name() == "vote");
    CHECK(g.session()->state().beat == "second");
    CHECK(g.board().counts == std::array<int, 5>{});
    // Back from the second vote shows the first one's reveal again, a page at a time.
    g.apply(Intent::of(Intent::Back));
    CHECK(g.screen_name() == "reveal_fit");
    g.apply(Intent::of(Intent::Back));
    CHECK(g.screen_name() == "reveal");
    CHECK(g.session()->state().beat == "second");
    CHECK(g.workshop().votes.size() == 1);
}

TEST_CASE("facilitator: a tie asks which to play first, and the pick is recorded as a tie", "[game][facilitator]") {
    Workshop w;
    fdg::Game& g = w.g;
    hands(g, fd::Mode::Accommodate, 2);
    hands(g, fd::Mode::Compromise, 2);
    g.apply(Intent::vote(Intent::SelectRow, g.row_of(fd::Mode::Compete)));
    g.apply(Intent::of(Intent::Advance));
    // Nothing played: the board says tie and offers the first tied answer on screen.
    CHECK(g.screen_name() == "vote");
    CHECK(g.session()->state().log.empty());
    CHECK(g.board().tie);
    CHECK(g.board().selected == g.row_of(fd::Mode::Accommodate));

    // Changing a count clears the question; asking again finds the tie again.
    hands(g, fd::Mode::Avoid, 1);
    CHECK(!g.board().tie);
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.board().tie);

    g.apply(Intent::vote(Intent::SelectRow, g.row_of(fd::Mode::Compromise)));
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.screen_name() == "reveal");
    REQUIRE(g.workshop().votes.size() == 1);
    CHECK(g.workshop().votes[0].played == fd::Mode::Compromise);
    CHECK(g.workshop().votes[0].tie);
    CHECK(!g.workshop().votes[0].overridden);
}

TEST_CASE("facilitator: playing an answer the most hands were not for marks it overridden", "[game][facilitator]") {
    Workshop w;
    fdg::Game& g = w.g;

    SECTION("against the majority") {
        hands(g, fd::Mode::Collaborate, 5);
        hands(g, fd::Mode::Compete, 1);
        g.apply(Intent::vote(Intent::SelectRow, g.row_of(fd::Mode::Compete)));
        g.apply(Intent::of(Intent::PlaySelected));
        REQUIRE(g.workshop().votes.size() == 1);
        CHECK(g.workshop().votes[0].played == fd::Mode::Compete);
        CHECK(g.workshop().votes[0].overridden);
        CHECK(!g.workshop().votes[0].tie);
        CHECK(g.session()->state().log.back().mode == fd::Mode::Compete);
    }
    SECTION("with nobody voting: next asks first, then plays the selected answer") {
        g.apply(Intent::vote(Intent::SelectRow, g.row_of(fd::Mode::Avoid)));
        g.apply(Intent::of(Intent::Advance));
        CHECK(g.board().tie);
        CHECK(g.screen_name() == "vote");
        g.apply(Intent::of(Intent::Advance));
        REQUIRE(g.workshop().votes.size() == 1);
        CHECK(g.workshop().votes[0].played == fd::Mode::Avoid);
        CHECK(g.workshop().votes[0].overridden);
    }
}

TEST_CASE("facilitator: vote counts stay between 0 and 9999 and survive a restart mid-vote", "[game][facilitator]") {
    Workshop w;
    fdg::Game& g = w.g;
    int row = g.row_of(fd::Mode::Compromise);
    g.apply(Intent::vote(Intent::SetVote, row, 12000));
    CHECK(board_count(g, fd::Mode::Compromise) == 9999);
    g.apply(Intent::vote(Intent::AdjustVote, row, -100000));  // 0 clears it
    CHECK(board_count(g, fd::Mode::Compromise) == 0);
    g.apply(Intent::vote(Intent::SetVote, row, 7));
    hands(g, fd::Mode::Avoid, 2);

    auto again = continued(w.path, w.saves, true);
    CHECK(again->screen_name() == "vote");
    CHECK(board_count(*again, fd::Mode::Compromise) == 7);
    CHECK(board_count(*again, fd::Mode::Avoid) == 2);
}

TEST_CASE("facilitator: next pages through an ending and on to the summary, and back pages back", "[game][facilitator]") {
    Workshop w;
    fdg::Game& g = w.g;
    for (int decision = 0; decision < 2; ++decision) {
        hands(g, fd::Mode::Collaborate, 1);
        g.apply(Intent::of(Intent::Advance));  // the reveal
        g.apply(Intent::of(Intent::Advance));  // what fitted, and why
        g.apply(Intent::of(Intent::Advance));  // on
    }
    REQUIRE(g.session()->state().beat == "kept");
    CHECK(g.screen_name() == "outcome");
    CHECK(g.page_count() == 3);  // the outcome, then one page per decision
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.screen_name() == "debrief");
    CHECK(g.page() == 1);
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.page() == 2);
    g.apply(Intent::of(Intent::Advance));  // past the last page: the story moves on
    CHECK(g.session()->finished());
    CHECK(g.screen_name() == "summary");
    CHECK(g.page() == 0);

    // The summary's pages are as many as its screen has room for.
    g.apply(Intent::pages(3));
    CHECK(g.page_count() == 3);
    g.apply(Intent::of(Intent::Advance));
    g.apply(Intent::of(Intent::Advance));
    CHECK(g.page() == 2);
    g.apply(Intent::of(Intent::Advance));  // the last page: next stays
    CHECK(g.page() == 2);
    g.apply(Intent::pages(2));  // a larger window needs fewer pages
    CHECK(g.page() == 1);

    g.apply(Intent::of(Intent::Back));
    CHECK(g.page() == 1);
    g.apply(Intent::of(Intent::Back));
    CHECK(g.page() == 0);
    g.apply(Intent::of(Intent::Back));  // from the summary back into the ending's last page
    CHECK(!g.session()->finished());
    CHECK(g.screen_name() == "debrief");
    CHECK(g.page() == 2);
}

TEST_CASE("one player: a new game, an answer, on through the encounter, and continued from the save", "[game][solo]") {
    std::string dir = temp_dir("solo");
    std::string path = write_temp_file(dir, "reload.lua", encounter_text(true));
    std::string saves = dir + "/save";
    fdg::Game g(options_for(path, saves));
    CHECK(g.screen_name() == "title");
    CHECK(!g.library().save_info.game);
    g.apply(Intent::with_text(Intent::SetName, "  Ana "));
    g.apply(Intent::of(Intent::NewGame));
    REQUIRE(g.session());
    CHECK(g.play().player == "Ana");
    CHECK(g.screen_name() == "decision");

    g.apply(Intent::choose(fd::Mode::Collaborate));
    CHECK(g.screen_name() == "consequence");
    REQUIRE(g.consequence());
    CHECK(g.consequence()->says == "Tell me more.");
    CHECK(g.consequence()->after.customer.trust > g.consequence()->before.customer.trust);
    g.apply(Intent::of(Intent::DismissConsequence));
    CHECK(g.screen_name() == "decision");
    CHECK(!g.consequence());
    CHECK(g.session()->state().beat == "second");

    // Saved after every move: a new window continues here, under the same name.
    {
        auto again = continued(path, saves);
        CHECK(again->session()->state().beat == "second");
        CHECK(again->play().player == "Ana");
        CHECK(again->session()->state().log.size() == 1);
        REQUIRE(!again->overlays().notices.empty());
        CHECK(again->overlays().notices.back().text == "Welcome back, Ana.");
    }

    g.apply(Intent::choose(fd::Mode::Accommodate));
    g.apply(Intent::of(Intent::DismissConsequence));
    CHECK(g.session()->state().beat == "kept");
    CHECK(g.screen_name() == "debrief");
    g.apply(Intent::of(Intent::Proceed));
    CHECK(g.session()->finished());
    CHECK(g.screen_name() == "summary");
    g.apply(Intent::of(Intent::ToTitle));
    CHECK(g.screen_name() == "title");
    CHECK(g.library().save_info.finished);

    // A finished save is replaced without asking.
    g.apply(Intent::of(Intent::NewGame));
    CHECK(g.overlays().pending_start.empty());
    CHECK(g.session()->state().log.empty());
    fs::remove_all(dir);
}

TEST_CASE("one player: starting over an unfinished game asks first, and cancelling keeps it", "[game][solo]") {
    std::string dir = temp_dir("solo-confirm");
    std::string path = write_temp_file(dir, "reload.lua", encounter_text(true));
    std::string saves = dir + "/save";
    fdg::Game g(options_for(path, saves));
    g.apply(Intent::of(Intent::NewGame));
    g.apply(Intent::choose(fd::Mode::Collaborate));
    g.apply(Intent::of(Intent::ToTitle));
    REQUIRE(g.library().save_info.game);

    g.apply(Intent::of(Intent::NewGame));
    CHECK(g.overlay_open());
    CHECK(g.screen_name() == "title");
    g.apply(Intent::of(Intent::CancelStart));
    CHECK(!g.overlay_open());
    g.apply(Intent::of(Intent::ContinueGame));
    CHECK(g.session()->state().beat == "second");

    g.apply(Intent::of(Intent::ToTitle));
    g.apply(Intent::of(Intent::NewGame));
    g.apply(Intent::of(Intent::ConfirmStart));
    CHECK(!g.overlay_open());
    CHECK(g.screen_name() == "decision");
    CHECK(g.session()->state().beat == "ask");
    fs::remove_all(dir);
}

TEST_CASE("game: the inspector's flag edits apply to the session and are saved", "[game][inspector]") {
    std::string dir = temp_dir("inspector-flags");
    std::string path = write_temp_file(dir, "reload.lua", encounter_text(true));
    std::string saves = dir + "/save";
    fdg::Game g(designer_options(path, saves));
    g.new_game();
    Intent edit = Intent::of(Intent::SetFlags);
    edit.flags["asked_twice"] = true;
    edit.story_flags["visits"] = 2.0;
    g.apply(edit);
    CHECK(g.session()->state().flags.at("asked_twice") == fd::FlagValue(true));
    auto again = continued(path, saves);
    CHECK(again->session()->state().flags.at("asked_twice") == fd::FlagValue(true));
    CHECK(again->session()->state().story.at("visits") == fd::FlagValue(2.0));
    fs::remove_all(dir);
}

TEST_CASE("game: a save whose stage left the campaign resumes at the next stage and says so", "[game][saves]") {
    std::string campaign = source_path("scripts/campaign.lua");
    std::string saves = temp_dir("moved") + "/save";
    auto [story, host] = load_ok(campaign);
    fd::Session played(story, host, 1);
    fd::autoplay(played, [](const fd::Session& s) -> std::optional<fd::Mode> {
        if (!s.state().results.empty()) return std::nullopt;  // one encounter finished
        return fd::Mode::Collaborate;
    });
    fd::SaveGame g{campaign, "Ana", 1, played.state()};
    g.state.stage = "retired_stage";
    fd::SaveSlot(saves, "autosave", {fs::path(campaign).parent_path().string(), campaign}).write(g);
    auto game = continued(campaign, saves);
    CHECK(game->session()->state().stage != "retired_stage");
    bool told = false;
    for (const auto& n : game->overlays().notices)
        told |= n.text.find("The stage 'retired_stage' in this save is no longer in the campaign; resuming at") == 0;
    CHECK(told);
}

TEST_CASE("facilitator: the phones' votes and the hands make one majority, and both are kept in the workshop's votes",
          "[game][facilitator][room]") {
    Workshop w;
    fdg::Game& g = w.g;
    std::array<int, 5> phones{};
    phones[static_cast<std::size_t>(fd::mode_index(fd::Mode::Compete))] = 3;
    phones[static_cast<std::size_t>(fd::mode_index(fd::Mode::Collaborate))] = 2;
    g.set_phone_votes(phones, 5, 6, true);
    hands(g, fd::Mode::Collaborate, 2);  // a mixed room: 2 phones and 2 hands beat 3 phones
    g.apply(Intent::of(Intent::Advance));
    REQUIRE(g.workshop().votes.size() == 1);
    const fdg::RoomVote& v = g.workshop().votes[0];
    CHECK(v.played == fd::Mode::Collaborate);
    CHECK(v.counts[static_cast<std::size_t>(fd::mode_index(fd::Mode::Collaborate))] == 4);
    CHECK(v.counts[static_cast<std::size_t>(fd::mode_index(fd::Mode::Compete))] == 3);
    CHECK(v.phones == phones);
    CHECK(v.phone_devices == 6);

    fdg::SavedVotes saved = fdg::read_votes(w.saves, w.path);
    REQUIRE(saved.votes.size() == 1);
    CHECK(saved.votes[0].phones == phones);
    CHECK(saved.votes[0].phone_devices == 6);
    CHECK(saved.votes[0].counts == v.counts);
}

TEST_CASE("game: reduced motion is remembered and shows a choice's result without animating the meters", "[game][a11y]") {
    std::string dir = temp_dir("motion");
    std::string path = write_temp_file(dir, "motion.lua", encounter_text(true));
    std::string saves = dir + "/save";
    {
        fdg::Game g(options_for(path, saves));
        g.new_game();
        REQUIRE(g.session());
        g.apply(fdg::Intent::with_switch(fdg::Intent::SetReducedMotion, true));
        CHECK(g.settings().reduced_motion);
        g.choose(fd::Mode::Collaborate);
        REQUIRE(g.view() == fdg::View::Consequence);
        CHECK_FALSE(g.animating());  // the meters show the new values at once
    }
    fdg::Game again(options_for(path, saves));
    CHECK(again.settings().reduced_motion);  // kept with the settings
    again.apply(fdg::Intent::with_switch(fdg::Intent::SetReducedMotion, false));
    again.continue_game();  // the save left at the consequence: back at the decision after it
    REQUIRE(again.session());
    REQUIRE(again.session()->at_decision());
    again.choose(fd::Mode::Collaborate);
    REQUIRE(again.view() == fdg::View::Consequence);
    CHECK(again.animating());  // by default they move
}
