#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

#include "autoplay.hpp"
#include "save.hpp"
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
