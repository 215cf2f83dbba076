// Where an installed Front Door finds its scripts and keeps the player's files,
// and the version it reports and writes into saves.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "data_paths.hpp"
#include "game.hpp"
#include "minimal_encounter.hpp"
#include "persist.hpp"
#include "save.hpp"
#include "test_support.hpp"
#include "version.hpp"
#include "window_support.hpp"

using namespace fdtest;
namespace fs = std::filesystem;

namespace {

std::string make_dirs(const std::string& path) {
    fs::create_directories(path);
    return fs::path(path).lexically_normal().string();
}

// Sets an environment variable for one test and puts the old value back.
struct EnvVar {
    std::string name, old;
    bool had = false;
    EnvVar(const std::string& n, const std::string& value) : name(n) {
        const char* v = std::getenv(n.c_str());
        had = v != nullptr;
        if (had) old = v;
        ::setenv(n.c_str(), value.c_str(), 1);
    }
    ~EnvVar() { had ? ::setenv(name.c_str(), old.c_str(), 1) : ::unsetenv(name.c_str()); }
};

}  // namespace

TEST_CASE("the scripts are ./scripts, else installed beside the program, else the build tree's", "[install]") {
    std::string root = temp_dir("paths");
    std::string work = make_dirs(root + "/work");
    std::string bin = make_dirs(root + "/usr/bin");
    // Nothing anywhere: the installed place, so a message names where they belong.
    CHECK(fd::scripts_dir_for(work, bin) == root + "/usr/share/frontdoor/scripts");
    // A build tree in the source tree: build/frontdoor -> scripts/.
    std::string src_scripts = make_dirs(root + "/src/scripts");
    CHECK(fd::scripts_dir_for(work, root + "/src/build") == src_scripts);
    // Installed (also into a throw-away root): <exe dir>/../share/frontdoor/scripts.
    std::string installed = make_dirs(root + "/usr/share/frontdoor/scripts");
    CHECK(fd::scripts_dir_for(work, bin) == installed);
    // A designer's own folder with scripts/ in it wins.
    std::string own = make_dirs(work + "/scripts");
    CHECK(fd::scripts_dir_for(work, bin) == own);
    fs::remove_all(root);
}

TEST_CASE("settings live in XDG_CONFIG_HOME and an older version's settings beside the saves are still read",
          "[install]") {
    std::string root = temp_dir("settings");
    EnvVar data("XDG_DATA_HOME", root + "/data"), config("XDG_CONFIG_HOME", root + "/config");
    std::string story = write_temp_file(root, "mini.lua", minimal_encounter());
    make_dirs(root + "/data/frontdoor");
    std::ofstream(root + "/data/frontdoor/settings.json") << R"({"show_modes": false, "text_scale": 1.5})";

    fdg::Options o;
    o.story_path = story;
    o.scripts_dir = root;
    fdg::Game g(o);
    CHECK(g.settings_dir() == root + "/config/frontdoor");
    CHECK_FALSE(g.settings().show_modes);
    CHECK(g.settings().text_scale == Approx(1.5f));

    g.set_text_scale(2.0f);
    CHECK(fs::exists(root + "/config/frontdoor/settings.json"));
    CHECK(fdg::read_settings(root + "/data/frontdoor").text_scale == Approx(1.5f));  // the old file is left alone
    fdg::Game again(o);
    CHECK(again.settings().text_scale == Approx(2.0f));
    fs::remove_all(root);
}

TEST_CASE("without XDG_CONFIG_HOME the settings are kept in ~/.config/frontdoor", "[install]") {
    EnvVar config("XDG_CONFIG_HOME", ""), home("HOME", "/home/ana");
    CHECK(fd::config_dir() == "/home/ana/.config/frontdoor");
}

TEST_CASE("with --save-dir the settings are kept with the saves", "[install]") {
    fdg::Options o;
    o.save_dir = "/somewhere/else";
    o.story_path = source_path("scripts/encounters/wrong_size.lua");
    fdg::Game g(o);
    CHECK(g.settings_dir() == "/somewhere/else");
}

TEST_CASE("a save names the version that wrote it, and a save without that still loads", "[install][saves]") {
    fd::SaveGame game;
    game.script = "scripts/campaign.lua";
    nlohmann::json j = fd::save_to_json(game);
    CHECK(j.at("program_version") == fd::program_version());
    j.erase("program_version");
    CHECK(fd::save_from_json(j).script == "scripts/campaign.lua");
}

TEST_CASE("frontdoor --version prints the version and the commit it was built from", "[install][cli]") {
    auto r = run_cli("--version");
    CHECK(r.code == 0);
    CHECK(r.out == std::string("frontdoor ") + fd::program_version() + " (commit " + fd::build_commit() + ")\n");
    CHECK(std::string(fd::program_version()) == "0.9.0");
}

TEST_CASE("a designer's own scripts folder given with --scripts DIR plays from anywhere", "[install][window]") {
    std::string own = temp_dir("own-scripts");
    make_dirs(own + "/encounters");
    write_temp_file(own + "/encounters", "mini.lua", minimal_encounter());
    auto r = run_window({"play encounters/mini.lua --scripts '" + own + "' --keys n"});
    INFO(r.describe());
    CHECK(r.code == 0);
    CHECK(r.screen() == "decision");
    auto missing = run_window({"--scripts '" + own + "/nowhere'"});
    CHECK(missing.code == 2);
    CHECK_THAT(missing.err, Catch::Contains("--scripts") && Catch::Contains("no such folder"));
    fs::remove_all(own);
}
