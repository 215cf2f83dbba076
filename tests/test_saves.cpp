#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <unistd.h>

#include "autoplay.hpp"
#include "limits.hpp"
#include "resume_place.hpp"
#include "save.hpp"
#include "save_script.hpp"
#include "save_slot.hpp"
#include "session.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;
namespace fs = std::filesystem;

namespace {
SaveGame midway_save() {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    Session s(story, host, 9);
    int n = 0;
    autoplay(s, [&](const Session&) -> std::optional<Mode> {
        if (++n > 4) return std::nullopt;
        return Mode::Collaborate;
    });
    return {"scripts/campaign.lua", "Ana Lúcia", 9, s.state()};
}
}  // namespace

TEST_CASE("a save round-trips to the same state and play continues identically", "[saves]") {
    std::string dir = temp_dir("saves");
    SaveGame g = midway_save();
    write_save(dir + "/a.json", g);
    SaveGame back = read_save(dir + "/a.json");
    CHECK(back.player == "Ana Lúcia");
    CHECK(state_to_json(back.state) == state_to_json(g.state));

    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    Session original(story, host, g.state), resumed(story, host, back.state);
    autoplay(original, [](const Session&) { return Mode::Compromise; });
    autoplay(resumed, [](const Session&) { return Mode::Compromise; });
    CHECK(state_to_json(original.state()) == state_to_json(resumed.state()));
}

TEST_CASE("truncated, garbled, foreign and missing saves give clear messages", "[saves]") {
    std::string dir = temp_dir("saves");
    write_save(dir + "/good.json", midway_save());
    std::string good = read_text(dir + "/good.json");
    write_temp_file(dir, "cut.json", good.substr(0, good.size() / 2));
    write_temp_file(dir, "garbled.json", std::string("\x89PNG\r\n\x1a\n\0\0garbage", 17));
    write_temp_file(dir, "foreign.json", R"({"hello": "world"})");
    write_temp_file(dir, "empty.json", "");
    write_temp_file(dir, "wrongtype.json",
                    std::string(good).replace(good.find("\"trust\": "), 9, "\"trust\": \"lots\", \"x\": "));
    CHECK_THROWS_WITH(read_save(dir + "/cut.json"), Catch::Contains("damaged") && Catch::Contains("cut.json"));
    CHECK_THROWS_WITH(read_save(dir + "/garbled.json"), Catch::Contains("damaged"));
    CHECK_THROWS_WITH(read_save(dir + "/foreign.json"), Catch::Contains("not a Front Door save"));
    CHECK_THROWS_WITH(read_save(dir + "/empty.json"), Catch::Contains("empty"));
    CHECK_THROWS_WITH(read_save(dir + "/wrongtype.json"), Catch::Contains("wrong type"));
    CHECK_THROWS_WITH(read_save(dir + "/missing.json"), Catch::Contains("cannot open"));
}

TEST_CASE("a save is data: Lua inside it is never run, even when play goes on from it", "[saves]") {
    std::string dir = temp_dir("saves");
    SaveGame g = midway_save();
    const std::string code = "]] os.execute('touch " + dir + "/pwned') --[[";
    g.player = "os.exit(7)";
    g.state.flags["x"] = code;
    g.state.story["y"] = code;
    write_save(dir + "/s.json", g);
    SaveGame back = read_save(dir + "/s.json");
    CHECK(back.player == "os.exit(7)");
    // Resumed and played to the end: the scripts see the text as text.
    auto [story, host] = load_ok(source_path(back.script));
    Session s(story, host, back.state);
    CHECK(autoplay(s, [](const Session&) { return Mode::Compromise; }));
    CHECK(s.finished());
    CHECK(std::get<std::string>(s.state().story.at("y")) == code);
    CHECK_FALSE(fs::exists(dir + "/pwned"));
}

TEST_CASE("a save made by a newer version is set aside, never written over", "[saves]") {
    std::string dir = temp_dir("slot");
    SaveSlot slot(dir);
    slot.write(midway_save());
    std::string newer = read_text(slot.path());
    newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 9");
    write_temp_file(dir, "autosave.json", newer);
    CHECK(slot.load().problem.find("newer version") != std::string::npos);
    SaveGame mine = midway_save();
    mine.player = "mine";
    slot.write(mine);
    CHECK(read_save(slot.path()).player == "mine");
    int kept = 0;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find("autosave.unreadable-") == 0) kept += read_text(e.path()) == newer;
    CHECK(kept == 1);
}

TEST_CASE("a failed write leaves the previous save intact", "[saves]") {
    std::string dir = temp_dir("saves");
    write_file_atomically(dir + "/keep.json", "old");
    fs::create_directory(dir + "/keep.json.tmp." + std::to_string(::getpid()));  // the temp file cannot be created
    CHECK_THROWS_AS(write_file_atomically(dir + "/keep.json", "new"), SaveError);
    CHECK(read_text(dir + "/keep.json") == "old");
}

TEST_CASE("a damaged save is reported and the previous good one is used", "[saves]") {
    std::string dir = temp_dir("slot");
    SaveSlot slot(dir);
    CHECK_FALSE(slot.exists());
    CHECK_FALSE(slot.load().game);
    SaveGame first = midway_save();
    slot.write(first);
    SaveGame second = first;
    second.player = "second";
    slot.write(second);
    CHECK(slot.load().game->player == "second");
    write_temp_file(dir, "autosave.json", "{\"format\": \"frontdoor-save\", \"vers");
    SaveSlot::Loaded loaded = slot.load();
    REQUIRE(loaded.game);
    CHECK(loaded.from_backup);
    CHECK(loaded.game->player == "Ana Lúcia");
    CHECK(loaded.problem.find("damaged") != std::string::npos);
    // Writing over a damaged save does not replace the good backup with it.
    slot.write(second);
    CHECK(read_save(dir + "/autosave.prev.json").player == "Ana Lúcia");
}

TEST_CASE("the save folder follows XDG_DATA_HOME", "[saves]") {
    std::string old = std::getenv("XDG_DATA_HOME") ? std::getenv("XDG_DATA_HOME") : "";
    ::setenv("XDG_DATA_HOME", "/tmp/xdg-test", 1);
    CHECK(default_save_dir() == "/tmp/xdg-test/frontdoor");
    ::unsetenv("XDG_DATA_HOME");
    ::setenv("HOME", std::getenv("HOME") ? std::getenv("HOME") : "/root", 1);
    CHECK(default_save_dir() == std::string(std::getenv("HOME")) + "/.local/share/frontdoor");
    if (!old.empty()) ::setenv("XDG_DATA_HOME", old.c_str(), 1);
}

// ---- saves as hostile input -----------------------------------------------------------

namespace {
// The text of `g` as a save, with `edit` applied to its JSON first.
std::string save_text_with(const SaveGame& g, const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json j = save_to_json(g);
    edit(j);
    return j.dump(1);
}

std::string read_problem(const std::string& path) {
    try {
        read_save(path);
    } catch (const SaveError& e) {
        return e.what();
    }
    return "(read without a problem)";
}
}  // namespace

TEST_CASE("every field of a save over its limit is refused with the field, the limit and the file named", "[saves]") {
    std::string dir = temp_dir("limits");
    SaveGame g = midway_save();
    REQUIRE(!g.state.log.empty());
    const std::string big(5000, 'x');
    struct Case {
        const char* name;
        std::function<void(nlohmann::json&)> edit;
        std::vector<std::string> expect;
    };
    const std::vector<Case> cases = {
        {"player", [&](nlohmann::json& j) { j["player"] = big; }, {"'player'", "player name length is 5000"}},
        {"mood", [&](nlohmann::json& j) { j["state"]["customer"]["mood"] = big; },
         {"'state.customer.mood'", "mood length"}},
        {"flag name", [&](nlohmann::json& j) { j["state"]["flags"][big] = true; }, {"'state.flags'", "flag name length"}},
        {"flag text", [&](nlohmann::json& j) { j["state"]["story"]["note"] = big; },
         {"'state.story.note'", "flag text length"}},
        {"many flags",
         [&](nlohmann::json& j) {
             for (int i = 0; i < 201; ++i) j["state"]["story"]["f" + std::to_string(i)] = true;
         },
         {"'state.story'", "number of flags"}},
        {"flags in the log", [&](nlohmann::json& j) { j["state"]["log"][0]["after"]["flags"]["n"] = big; },
         {"'state.log[0].after.flags.n'", "flag text length"}},
        {"beat", [&](nlohmann::json& j) { j["state"]["beat"] = std::string(4001, 'b'); }, {"'state.beat'", "text length"}},
        {"outcome", [&](nlohmann::json& j) { j["state"]["outcomes"]["x"] = std::string(4001, 'o'); },
         {"'state.outcomes.x'", "text length"}},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        write_temp_file(dir, "s.json", save_text_with(g, c.edit));
        std::string problem = read_problem(dir + "/s.json");
        CHECK_THAT(problem, Catch::Contains(dir + "/s.json"));
        for (const auto& e : c.expect) CHECK_THAT(problem, Catch::Contains(e));
        CHECK(problem.size() < 400);  // a message, never the oversized value itself
    }
}

TEST_CASE("a save log longer than the limit is refused", "[saves]") {
    SaveGame g = midway_save();
    nlohmann::json j = save_to_json(g);
    nlohmann::json one = j["state"]["log"][0];
    j["state"]["log"] = nlohmann::json::array();
    for (std::size_t i = 0; i <= kLogLimit.max; ++i) j["state"]["log"].push_back(one);
    CHECK_THROWS_WITH(save_from_json(j), Catch::Contains("'state.log'") && Catch::Contains("log length"));
}

TEST_CASE("a save file over the size limit is refused before it is read", "[saves]") {
    std::string dir = temp_dir("limits");
    std::string path = write_temp_file(dir, "huge.json", "");
    fs::resize_file(path, 50u * 1024u * 1024u);  // sparse: costs no disk
    CHECK_THROWS_WITH(read_save(path), Catch::Contains(path) && Catch::Contains("save size") &&
                                           Catch::Contains("over the limit of " + std::to_string(kSaveSizeLimit.max)));
}

TEST_CASE("complete JSON with a number out of range is reported as that, not as cut short", "[saves]") {
    std::string dir = temp_dir("limits");
    SaveGame g = midway_save();
    std::string text = save_to_json(g).dump(1);
    std::string huge = text;
    huge.replace(huge.find("\"seed\": 9"), 9, "\"seed\": 1e999");
    write_temp_file(dir, "huge.json", huge);
    std::string problem = read_problem(dir + "/huge.json");
    CHECK_THAT(problem, Catch::Contains("out of range"));
    CHECK_THAT(problem, !Catch::Contains("cut short"));
    write_temp_file(dir, "trust.json", save_text_with(g, [](nlohmann::json& j) { j["state"]["customer"]["trust"] = 500; }));
    CHECK_THAT(read_problem(dir + "/trust.json"),
               Catch::Contains("'state.customer.trust' is 500, out of range (0..100)"));
    write_temp_file(dir, "cut.json", text.substr(0, text.size() - 3));
    CHECK_THAT(read_problem(dir + "/cut.json"), Catch::Contains("cut short"));
}

TEST_CASE("a directory where the save should be is reported as a directory", "[saves]") {
    std::string dir = temp_dir("limits");
    fs::create_directories(dir + "/autosave.json");
    CHECK_THAT(read_problem(dir + "/autosave.json"), Catch::Contains("is a directory"));
    SaveSlot slot(dir);
    CHECK_THAT(slot.load().problem, Catch::Contains("is a directory"));
    CHECK_THROWS_WITH(slot.write(midway_save()), Catch::Contains("is a directory"));
}

TEST_CASE("a save continues only a script inside the scripts folder", "[saves]") {
    std::string root = temp_dir("home");
    std::string scripts = root + "/scripts";
    fs::create_directories(scripts + "/encounters");
    write_temp_file(scripts, "campaign.lua", "-- campaign");
    write_temp_file(root, "evil.lua", "os.execute('touch pwned')");
    fs::create_symlink(root + "/evil.lua", scripts + "/encounters/link.lua");
    ScriptHome home{scripts, ""};

    SECTION("a script inside is named relative to the folder and found again") {
        CHECK(script_name_for_save(scripts + "/campaign.lua", home) == "campaign.lua");
        CHECK(script_from_save("campaign.lua", home) == scripts + "/campaign.lua");
        CHECK(script_from_save("encounters/../campaign.lua", home) == scripts + "/campaign.lua");
        // Old saves stored the path as the game was given it.
        CHECK(script_from_save(scripts + "/campaign.lua", home) == scripts + "/campaign.lua");
    }
    SECTION("absolute paths, '..' and symbolic links out of the folder are refused") {
        for (const std::string& bad : {root + "/evil.lua", std::string("../evil.lua"), std::string("encounters/link.lua"),
                                       std::string("/etc/passwd"), std::string("")}) {
            INFO(bad);
            CHECK_THROWS_AS(script_from_save(bad, home), SaveError);
        }
        CHECK_THROWS_WITH(script_from_save("../evil.lua", home), Catch::Contains("outside the scripts folder"));
    }
    SECTION("the story the game was started with is allowed wherever it is") {
        CHECK(script_from_save(root + "/evil.lua", ScriptHome{scripts, root + "/evil.lua"}) == root + "/evil.lua");
    }
    SECTION("a slot writes the relative name and refuses a save pointing outside") {
        std::string saves = root + "/saves";
        SaveSlot slot(saves, "autosave", home);
        SaveGame g = midway_save();
        g.script = scripts + "/campaign.lua";
        slot.write(g);
        CHECK(read_save(slot.path()).script == "campaign.lua");
        CHECK(slot.load().game->script == scripts + "/campaign.lua");
        std::string text = read_text(slot.path());
        text.replace(text.find("\"campaign.lua\""), 14, "\"../evil.lua\"");
        write_temp_file(saves, "autosave.json", text);
        fs::remove(saves + "/autosave.prev.json");
        SaveSlot::Loaded loaded = slot.load();
        CHECK_FALSE(loaded.game);
        CHECK_THAT(loaded.problem, Catch::Contains("outside the scripts folder") && Catch::Contains("autosave.json"));
    }
}

TEST_CASE("a save whose stage left the campaign resumes at the next stage and says so", "[saves]") {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    Session played(story, host, 9);
    autoplay(played, [](const Session& s) -> std::optional<Mode> {
        if (s.state().results.size() >= 2) return std::nullopt;  // two encounters finished
        return Mode::Collaborate;
    });
    SaveGame g{"campaign.lua", "Ana", 9, played.state()};
    REQUIRE(g.state.results.size() >= 2);
    const std::string last_done = g.state.results.back().stage;
    const Stage* done = story->stage(last_done);
    REQUIRE(done);
    SessionState state = g.state;
    state.stage = "retired_stage";
    ResumeMove move = resume_place(*story, state);
    CHECK(move.kind == ResumeMove::Kind::ToNext);
    CHECK(move.gone == "retired_stage");
    CHECK(move.after == done->encounter->title);
    CHECK(move.resumed_at == story->stage(state.stage)->encounter->title);
    CHECK(state.stage != "retired_stage");
    CHECK(state.outcomes.count(state.stage) == 0);  // not a stage already played
    CHECK(story->stage(state.stage));
    Session resumed(story, host, state);
    CHECK(resumed.state().stage == state.stage);
    CHECK(resumed.state().results.size() == g.state.results.size());  // what was finished stays finished

    SECTION("with nothing finished that still exists it resumes at the start") {
        SessionState fresh = Session(story, host, 1).state();
        fresh.stage = "gone";
        ResumeMove to_start = resume_place(*story, fresh);
        CHECK(to_start.kind == ResumeMove::Kind::ToStart);
        CHECK(to_start.resumed_at == story->stage(story->start)->encounter->title);
        CHECK(fresh.stage == story->start);
    }
    SECTION("a save that fits the campaign is left as it is, with nothing to say") {
        SessionState same = g.state;
        CHECK(!resume_place(*story, same).moved());
        CHECK(state_to_json(same) == state_to_json(g.state));
    }
}
