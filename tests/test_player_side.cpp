// One player's side of the teaching, without a window: the debrief lists every
// answer with its fit and why, practice at the debrief never changes what is on
// record, the campaign's takeaway names over- and under-used modes with
// moments, the introduction comes once before a new campaign, and the
// inspector is for designers only.
#include <catch2/catch.hpp>

#include <filesystem>

#include "autoplay.hpp"
#include "debrief.hpp"
#include "game.hpp"
#include "minimal_encounter.hpp"
#include "practice.hpp"
#include "profile.hpp"
#include "save.hpp"
#include "takeaway.hpp"
#include "test_support.hpp"

using namespace fdtest;
using fdg::Intent;
namespace fs = std::filesystem;

namespace {

fdg::Options options_for(const std::string& story, const std::string& save_dir) {
    fdg::Options o;
    o.story_path = story;
    o.scripts_dir = fs::path(story).parent_path().string();
    o.save_dir = save_dir;
    return o;
}

// The minimal encounter after one answer: at its ending, the debrief.
fd::Session answered(const std::string& dir, fd::Mode m) {
    auto [story, host] = load_ok(write_temp_file(dir, "mini.lua", minimal_encounter()));
    fd::Session s(story, host, 1);
    s.choose(m);
    return s;
}

std::string state_text(const fd::Session& s) { return fd::save_to_json({"x.lua", "Ana", 1, s.state()}).dump(); }

fd::DebriefItem item(fd::Mode chosen, std::vector<std::pair<fd::Mode, int>> fits) {
    fd::DebriefItem d;
    d.chosen = chosen;
    int best = 0;
    for (auto [m, f] : fits) best = std::max(best, f);
    for (auto [m, f] : fits) {
        d.answers.push_back({m, "says", "why", f, m == chosen, f == best});
        if (m == chosen) d.fit = f;
        if (f == best && d.best_fit == 0) {
            d.best = m;
            d.best_fit = f;
        }
    }
    return d;
}

std::vector<std::pair<fd::Mode, int>> fits_with_best(fd::Mode best) {
    std::vector<std::pair<fd::Mode, int>> out;
    for (fd::Mode m : fd::kAllModes) out.emplace_back(m, m == best ? 5 : 2);
    return out;
}

}  // namespace

TEST_CASE("debrief: each decision lists all five answers with fit and why, the player's answer marked", "[debrief]") {
    std::string dir = temp_dir("debrief-all");
    fd::Session s = answered(dir, fd::Mode::Compromise);
    auto items = fd::build_debrief(s.story(), s.state().log);
    REQUIRE(items.size() == 1);
    const auto& answers = items[0].answers;
    REQUIRE(answers.size() == 5);
    std::vector<int> fits;
    for (const auto& a : answers) {
        fits.push_back(a.fit);
        CHECK(!a.says.empty());
        CHECK(!a.why.empty());
        CHECK(a.chosen == (a.mode == fd::Mode::Compromise));
        CHECK(a.best == (a.mode == fd::Mode::Collaborate));
    }
    CHECK(fits == std::vector<int>{1, 3, 2, 5, 1});  // avoid .. compete, as the designer rated them
    CHECK(items[0].log_index < s.state().log.size());
    CHECK(s.state().log[items[0].log_index].kind == fd::EventKind::Decision);
    fs::remove_all(dir);
}

TEST_CASE("debrief: a tagged decision says what about the moment pointed to the best mode", "[debrief]") {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    fd::Session s(story, host, 1);
    fd::autoplay(s, [](const fd::Session& x) -> std::optional<fd::Mode> {
        if (!x.state().results.empty()) return std::nullopt;
        return fd::Mode::Collaborate;
    });
    auto items = fd::build_debrief(s.story(), s.state().log);
    REQUIRE(!items.empty());
    int tagged = 0, pointed = 0;
    for (const auto& d : items) {
        CHECK(d.answers.size() == 5);
        if (d.situation.empty()) continue;
        ++tagged;
        CHECK(d.pointers.size() <= 3);  // only what pointed to the best mode, not every tag
        for (const auto& [key, value] : d.pointers) {
            INFO(key << " = " << value);
            auto tag = d.situation.find(key);  // each pointer is one of this decision's tags
            CHECK((tag != d.situation.end() && tag->second == value));
        }
        if (!d.pointers.empty()) ++pointed;
    }
    CHECK(tagged > 0);
    CHECK(pointed > 0);
}

TEST_CASE("practice: another answer at the debrief shows what it would have done and leaves the record as it was", "[practice]") {
    std::string dir = temp_dir("practice");
    fd::Session s = answered(dir, fd::Mode::Compete);  // fit 1, she goes
    REQUIRE(s.beat().kind == fd::BeatKind::Ending);
    std::size_t decision = fd::build_debrief(s.story(), s.state().log).front().log_index;
    std::string before = state_text(s);
    REQUIRE(fd::can_practise(s, decision));
    fd::PracticeTry t = fd::practise(s, decision, fd::Mode::Collaborate);
    CHECK(t.mode == fd::Mode::Collaborate);
    CHECK(t.fit == 5);
    CHECK(t.best_fit == 5);
    CHECK(t.says == "Tell me more.");
    CHECK(t.after.customer.trust > t.before.customer.trust);
    CHECK(t.before.customer.trust == 40);  // as the player faced it, not as the encounter ended
    CHECK(t.outcome == "kept");
    CHECK(t.then == "She stays.");  // what came next
    CHECK(state_text(s) == before);  // the first attempt stays the one on record
    CHECK(fd::compute_profile(s.state().log).count(fd::Mode::Compete) == 1);
    CHECK(fd::compute_profile(s.state().log).count(fd::Mode::Collaborate) == 0);
    fs::remove_all(dir);
}

TEST_CASE("practice: only the decisions of the encounter just ended can be practised", "[practice]") {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    fd::Session s(story, host, 1);
    for (int step = 0; step < 200 && s.beat().kind != fd::BeatKind::Ending; ++step) {  // to the first ending
        if (s.at_decision()) s.choose(fd::Mode::Compete);
        else s.proceed();
    }
    REQUIRE(s.beat().kind == fd::BeatKind::Ending);
    auto first = fd::build_debrief(s.story(), s.state().log);
    REQUIRE(first.size() >= 2);
    for (const auto& d : first) CHECK(fd::can_practise(s, d.log_index));
    // A later decision of the same encounter starts from its own moment.
    fd::PracticeTry later = fd::practise(s, first.back().log_index, fd::Mode::Avoid);
    CHECK(later.beat == first.back().beat);
    CHECK(later.before.customer == first.back().before.customer);
    s.proceed();  // on to the next encounter: the last one's decisions are done with
    for (const auto& d : first) CHECK_FALSE(fd::can_practise(s, d.log_index));
    CHECK_THROWS_AS(fd::practise(s, first.front().log_index, fd::Mode::Avoid), fd::SessionMisuse);
    CHECK_FALSE(fd::can_practise(s, s.state().log.size() + 5));
}

TEST_CASE("takeaway: names the mode used where another fitted, the one missed, and the moments that show it", "[takeaway]") {
    using fd::Mode;
    std::vector<fd::DebriefItem> items = {
        item(Mode::Compete, fits_with_best(Mode::Compete)),      // right
        item(Mode::Compete, fits_with_best(Mode::Collaborate)),  // over-used where collaborate fitted
        item(Mode::Compete, fits_with_best(Mode::Accommodate)),  // over-used
        item(Mode::Avoid, fits_with_best(Mode::Collaborate)),    // collaborate missed
        item(Mode::Compete, fits_with_best(Mode::Collaborate)),  // both again
        item(Mode::Collaborate, fits_with_best(Mode::Collaborate)),
    };
    fd::Takeaway t = fd::make_takeaway(items);
    CHECK(t.decisions == 6);
    CHECK(t.best_choices == 2);
    REQUIRE(t.over_used);
    CHECK(*t.over_used == Mode::Compete);
    CHECK(t.use(Mode::Compete).chosen == 4);
    CHECK(t.use(Mode::Compete).fitted == 1);
    CHECK(t.use(Mode::Compete).misused() == 3);
    REQUIRE(t.under_used);
    CHECK(*t.under_used == Mode::Collaborate);
    CHECK(t.under_missed == 3);
    CHECK(t.use(Mode::Collaborate).fitted == 4);
    // Three moments: the two where compete was chosen where collaborate fitted, then one more miss, in play order.
    REQUIRE(t.moments.size() == 3);
    CHECK(t.moments[0].chosen == Mode::Compete);
    CHECK(t.moments[0].best == Mode::Collaborate);
    CHECK(t.moments[1].chosen == Mode::Compete);
    for (const auto& m : t.moments) CHECK_FALSE(m.chose_best());
}

TEST_CASE("takeaway: a player who matched every moment is told so, with no moments", "[takeaway]") {
    using fd::Mode;
    fd::Takeaway t = fd::make_takeaway({item(Mode::Avoid, fits_with_best(Mode::Avoid)), item(Mode::Compete, fits_with_best(Mode::Compete))});
    CHECK_FALSE(t.over_used);
    CHECK_FALSE(t.under_used);
    CHECK(t.moments.empty());
    CHECK(t.best_choices == 2);
}

TEST_CASE("takeaway: one mode all through the campaign gives two or three moments from the play-through", "[takeaway]") {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    fd::Session s(story, host, 1);
    fd::autoplay(s, [](const fd::Session&) -> std::optional<fd::Mode> { return fd::Mode::Accommodate; });
    REQUIRE(s.finished());
    fd::Takeaway t = fd::make_takeaway(fd::build_debrief(s.story(), s.state().log));
    REQUIRE(t.over_used);
    CHECK(*t.over_used == fd::Mode::Accommodate);
    REQUIRE(t.under_used);
    CHECK(*t.under_used != fd::Mode::Accommodate);
    CHECK(t.moments.size() >= 2);
    CHECK(t.moments.size() <= 3);
    for (const auto& m : t.moments) CHECK(m.chosen == fd::Mode::Accommodate);
}

TEST_CASE("game: practice at the debrief is for one player, shows each try and never changes the save", "[game][practice]") {
    std::string dir = temp_dir("game-practice");
    std::string path = write_temp_file(dir, "mini.lua", minimal_encounter());
    std::string saves = dir + "/save";
    fdg::Game g(options_for(path, saves));
    g.new_game();
    g.choose(fd::Mode::Avoid);
    g.dismiss_consequence();
    REQUIRE(g.screen_name() == "debrief");
    std::size_t decision = fd::build_debrief(g.session()->story(), g.session()->state().log).front().log_index;
    std::string saved = fd::save_to_json({path, "Player", 1, g.session()->state()}).dump();

    g.apply(Intent::practise(decision));
    CHECK(g.practising());
    CHECK(g.screen_name() == "practice");
    g.apply(Intent::practise_answer(fd::Mode::Collaborate));
    g.apply(Intent::practise_answer(fd::Mode::Accommodate));
    REQUIRE(g.practice().tries.size() == 2);
    CHECK(g.practice().tries[0].fit == 5);
    CHECK(g.practice().tries[1].mode == fd::Mode::Accommodate);
    CHECK(fd::save_to_json({path, "Player", 1, g.session()->state()}).dump() == saved);
    fdg::Game again(options_for(path, saves));
    again.continue_game();
    REQUIRE(again.session());
    CHECK(fd::save_to_json({path, "Player", 1, again.session()->state()}).dump() == saved);

    g.apply(Intent::of(Intent::EndPractice));
    CHECK(g.screen_name() == "debrief");
    CHECK(g.practice().tries.size() == 2);  // still listed on the debrief
    g.proceed();
    CHECK(g.practice().tries.empty());  // practice belongs to the encounter just ended

    fdg::Options room = options_for(path, dir + "/room");
    room.facilitator = true;
    fdg::Game f(room);
    f.new_game();
    f.choose(fd::Mode::Avoid);
    f.dismiss_consequence();
    CHECK_FALSE(f.can_practise(decision));
    f.apply(Intent::practise(decision));
    CHECK_FALSE(f.practising());
    fs::remove_all(dir);
}

TEST_CASE("game: the introduction comes before a new campaign once, and is remembered in the settings", "[game][intro]") {
    std::string dir = temp_dir("intro");
    std::string campaign = source_path("scripts/campaign.lua");
    {
        fdg::Game g(options_for(campaign, dir));
        g.new_game();
        CHECK(g.screen_name() == "intro");
        g.apply(Intent::intro_mode(fd::mode_index(fd::Mode::Collaborate)));
        CHECK(g.play().intro_mode == 3);
        g.apply(Intent::intro_mode(9));  // not a mode: none picked
        CHECK(g.play().intro_mode == -1);
        g.apply(Intent::of(Intent::FinishIntro));
        CHECK(g.screen_name() == "narration");
        CHECK(g.settings().intro_seen);
    }
    fdg::Game next(options_for(campaign, dir));
    CHECK(next.settings().intro_seen);
    next.new_game();
    next.confirm_start();  // replaces the unfinished save
    CHECK(next.screen_name() == "narration");
    // From the settings it can be read again, and goes back there.
    next.apply(Intent::of(Intent::OpenSettings));
    next.apply(Intent::of(Intent::ShowIntro));
    CHECK(next.screen_name() == "intro");
    next.apply(Intent::of(Intent::FinishIntro));
    CHECK(next.screen_name() == "settings");

    // Every workshop session opens on it (the clicker's next begins); a lone encounter does not.
    fdg::Options room = options_for(campaign, dir + "/room");
    room.facilitator = true;
    fdg::Game f(room);
    f.new_game();
    CHECK(f.screen_name() == "intro");
    f.apply(Intent::of(Intent::Advance));
    CHECK(f.screen_name() == "narration");
    fdg::Game lone(options_for(write_temp_file(dir, "mini.lua", minimal_encounter()), dir + "/lone"));
    lone.new_game();
    CHECK(lone.screen_name() == "decision");
    fs::remove_all(dir);
}

TEST_CASE("game: the inspector is for designers only: a trainee cannot open it or change the story with it", "[game][inspector]") {
    std::string dir = temp_dir("designer");
    // A trainee plays the shipped campaign, or one of its encounters alone.
    for (std::string shipped : {"scripts/campaign.lua", "scripts/encounters/late_fee.lua"}) {
        INFO(shipped);
        fdg::Options to = options_for(source_path(shipped), dir + "/t");
        to.scripts_dir = source_path("scripts");
        to.skip_intro = true;
        fdg::Game trainee(to);
        trainee.new_game();
        trainee.confirm_start();
        REQUIRE(trainee.session());
        CHECK_FALSE(trainee.designer_tools());
        trainee.apply(Intent::with_switch(Intent::SetInspector, true));
        CHECK_FALSE(trainee.overlays().inspector_open);
        std::string at = trainee.session()->state().beat, elsewhere;
        for (const auto& b : trainee.session()->encounter().beats)
            if (b.id != at && elsewhere.empty()) elsewhere = b.id;
        trainee.apply(Intent::with_text(Intent::JumpTo, elsewhere));
        CHECK(trainee.session()->state().beat == at);
        Intent edit = Intent::of(Intent::SetFlags);
        edit.flags["cheat"] = true;
        trainee.apply(edit);
        CHECK(trainee.session()->state().flags.count("cheat") == 0);
    }
    // A designer's own script, outside the shipped campaign, offers it.
    std::string path = write_temp_file(dir, "mini.lua", minimal_encounter());
    fdg::Game own(options_for(path, dir + "/o"));
    own.new_game();
    CHECK(own.designer_tools());

    fdg::Options o = options_for(source_path("scripts/campaign.lua"), dir + "/d");
    o.scripts_dir = source_path("scripts");
    o.skip_intro = true;
    o.designer = true;
    fdg::Game designer(o);
    designer.new_game();
    designer.apply(Intent::with_switch(Intent::SetInspector, true));
    CHECK(designer.overlays().inspector_open);
    CHECK(designer.designer_tools());  // --designer: even the shipped campaign
    std::string target = designer.session()->encounter().beats.back().id;
    designer.apply(Intent::with_text(Intent::JumpTo, target));
    CHECK(designer.session()->state().beat == target);
    fs::remove_all(dir);
}
