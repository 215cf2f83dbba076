// The game layer (fdgame) without a window: what is hard to drive by keys.
// Hot reload of an edited script mid-session, and the inspector's actions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "autoplay.hpp"
#include "game.hpp"
#include "minimal_encounter.hpp"
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
    g.now += fdg::HotReload::kPollSeconds + 0.01;
    g.poll_reload();
}

fdg::Options options_for(const std::string& story, const std::string& save_dir) {
    fdg::Options o;
    o.story_path = story;
    o.scripts_dir = fs::path(story).parent_path().string();
    o.save_dir = save_dir;
    return o;
}

// A new Game on the save in `save_dir`, continued.
std::unique_ptr<fdg::Game> continued(const std::string& story, const std::string& save_dir) {
    auto g = std::make_unique<fdg::Game>(options_for(story, save_dir));
    g->continue_game();
    INFO(g->error.title + ": " + g->error.message);
    REQUIRE(!g->error.open);
    REQUIRE(g->session);
    return g;
}

}  // namespace

TEST_CASE("game: hot reload keeps the session, falls back when its beat goes, survives a broken edit", "[game][reload]") {
    std::string dir = temp_dir("reload");
    std::string path = write_temp_file(dir, "reload.lua", encounter_text(true));
    std::string saves = dir + "/save", early_saves = dir + "/save-before-edit";
    fdg::Game g(options_for(path, saves));
    REQUIRE(g.main_story);
    g.new_game();
    REQUIRE(g.session);
    REQUIRE(g.session->state().beat == "ask");
    const fd::CustomerState at_ask = g.session->state().customer;
    g.choose(fd::Mode::Collaborate);
    REQUIRE(g.session->state().beat == "second");
    const int trust = g.session->state().customer.trust;
    fs::copy(saves, early_saves, fs::copy_options::recursive);  // the save as it was before any edit

    // Nothing changed: polling does nothing.
    auto story_before = g.session->story_ptr();
    poll_later(g);
    CHECK(g.session->story_ptr() == story_before);

    SECTION("a changed line: the same beat, the new words") {
        rewrite(path, encounter_text(true, "One more thing."));
        poll_later(g);
        CHECK(g.reload.errors.empty());
        CHECK(g.session->story_ptr() != story_before);
        CHECK(g.session->state().beat == "second");
        CHECK(g.session->beat().text == "\"One more thing.\"");
        CHECK(g.session->state().customer.trust == trust);
        CHECK(g.session->state().log.size() == 1);
        // A save from before the edit loads into the edited story.
        auto old = continued(path, early_saves);
        CHECK(old->session->state().beat == "second");
        CHECK(old->session->beat().text == "\"One more thing.\"");
        // Play goes on in the new version.
        g.choose(fd::Mode::Accommodate);
        CHECK(g.session->state().beat == "kept");
    }

    SECTION("its beat deleted, then a syntax error, then fixed") {
        rewrite(path, encounter_text(false));
        poll_later(g);
        CHECK(g.reload.errors.empty());
        CHECK(g.session->encounter().beat("second") == nullptr);
        // Back to the nearest earlier decision, to be made again: the state as
        // it was there, the answer given there out of the log.
        CHECK(g.session->state().beat == "ask");
        CHECK(g.session->at_decision());
        CHECK(g.session->state().log.empty());
        CHECK(g.session->state().customer == at_ask);
        auto working = g.session->story_ptr();

        std::string broken = encounter_text(false);
        broken.replace(broken.find("says = \"\\\"Help me.\\\"\","), 0, "oops ");
        rewrite(path, broken);
        poll_later(g);
        const std::string where = "reload.lua:" + std::to_string(line_of(broken, "oops"));
        INFO(g.reload.last_error_text());
        CHECK(!g.reload.errors.empty());
        CHECK(g.reload.last_error_text().find(where) != std::string::npos);
        // The last good version keeps running.
        CHECK(g.session->story_ptr() == working);
        g.choose(fd::Mode::Compromise);
        CHECK(!g.error.open);
        CHECK(g.session->state().beat == "kept");
        // Still broken: polling again changes nothing.
        poll_later(g);
        CHECK(!g.reload.errors.empty());

        rewrite(path, encounter_text(false));
        poll_later(g);
        CHECK(g.reload.errors.empty());
        CHECK(g.reload.last_error_text().empty());
        CHECK(g.session->story_ptr() != working);
        CHECK(g.session->state().beat == "kept");
        g.proceed();
        CHECK(!g.error.open);
        CHECK(g.session->finished());
        REQUIRE(g.session->state().results.size() == 1);
        CHECK(g.session->state().results[0].outcome == "kept");

        // The save from before all this still loads: its beat is gone, so the nearest earlier decision.
        auto old = continued(path, early_saves);
        CHECK(old->session->state().beat == "ask");
        CHECK(old->session->at_decision());
    }
    fs::remove_all(dir);
}

TEST_CASE("game: the inspector jumps to any beat and changes values, and both are saved", "[game][inspector]") {
    std::string dir = temp_dir("inspector");
    std::string path = write_temp_file(dir, "reload.lua", encounter_text(true));
    std::string saves = dir + "/save";
    fdg::Game g(options_for(path, saves));
    g.new_game();
    REQUIRE(g.session);
    g.choose(fd::Mode::Compete);  // a consequence on screen
    REQUIRE(g.view == fdg::View::Consequence);

    g.jump_to("second");
    CHECK(!g.error.open);
    CHECK(g.session->state().beat == "second");
    CHECK(g.view == fdg::View::Play);
    CHECK(!g.consequence);
    CHECK(g.screen_name() == "decision");

    // A beat that does not exist: a message, and the story stays put.
    g.jump_to("nowhere");
    CHECK(g.error.open);
    CHECK(g.error.message.find("nowhere") != std::string::npos);
    CHECK(g.session->state().beat == "second");
    g.error.open = false;

    // Changing a value, as the inspector's sliders do, then its autosave.
    g.session->mutable_state().customer.trust = 77;
    g.session->mutable_state().business.money = -30;
    g.autosave();
    g.choose(fd::Mode::Collaborate);
    const auto& log = g.session->state().log;
    auto decision = std::find_if(log.rbegin(), log.rend(), [](const fd::Event& e) { return e.kind == fd::EventKind::Decision; });
    REQUIRE(decision != log.rend());
    CHECK(decision->beat == "second");
    CHECK(decision->before.customer.trust == 77);
    CHECK(decision->before.business.money == -30);
    CHECK(g.session->state().beat == "kept");

    g.jump_to("lost");
    CHECK(g.session->state().beat == "lost");
    CHECK(g.screen_name() == "debrief");

    // Everything the inspector did is in the save.
    auto again = continued(path, saves);
    CHECK(again->session->state().beat == "lost");
    CHECK(again->session->state().log.size() == g.session->state().log.size());
    fs::remove_all(dir);
}

TEST_CASE("game: a save whose stage left the campaign resumes at the next stage and says so", "[game][saves]") {
    std::string campaign = source_path("scripts/campaign.lua");
    std::string saves = temp_dir("moved") + "/save";
    auto story = load_ok(campaign);
    fd::Session played(story, 1);
    fd::autoplay(played, [](const fd::Session& s) -> std::optional<fd::Mode> {
        if (!s.state().results.empty()) return std::nullopt;  // one encounter finished
        return fd::Mode::Collaborate;
    });
    fd::SaveGame g{campaign, "Ana", 1, played.state()};
    g.state.stage = "retired_stage";
    fd::SaveSlot(saves, "autosave", {fs::path(campaign).parent_path().string(), campaign}).write(g);
    auto game = continued(campaign, saves);
    CHECK(game->session->state().stage != "retired_stage");
    bool told = false;
    for (const auto& n : game->notices)
        told |= n.text.find("The stage 'retired_stage' in this save is no longer in the campaign; resuming at") == 0;
    CHECK(told);
}
