// The command line in the player's language: --lang (else the locale) translates what
// `frontdoor` prints; lint keeps FILE:LINE and the code, its JSON stays English; `run`
// writes money in the story's currency as the language writes it.
#include <catch2/catch.hpp>

#include <sstream>

#include "minimal_encounter.hpp"
#include "test_support.hpp"

using namespace fdtest;

namespace {

// The first line of `text` that contains `needle`, "" when none.
std::string line_with(const std::string& text, const std::string& needle) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find(needle) != std::string::npos) return line;
    return "";
}

// A copy of the minimal encounter whose collaborate answer leads nowhere (FD009).
std::string bad_script() {
    std::string dir = temp_dir("cli-language");
    return write_temp_file(dir, "bad.lua",
                           with(minimal_encounter(), "effects = { trust = 20, wall = -30 }, next = \"kept\"",
                                "effects = { trust = 20, wall = -30 }, next = \"nowhere\""));
}

}  // namespace

TEST_CASE("lint --lang es says what is wrong in Spanish at the same FILE:LINE with the same code", "[cli][i18n]") {
    std::string path = bad_script();
    auto en = run_cli("lint '" + path + "'");
    auto es = run_cli("lint '" + path + "' --lang es");
    CHECK(en.code == 1);
    CHECK(es.code == 1);
    std::string en_line = line_with(en.out, "[FD009]");
    std::string es_line = line_with(es.out, "[FD009]");
    REQUIRE(!en_line.empty());
    REQUIRE(!es_line.empty());
    std::string where = en_line.substr(0, en_line.find(": error:"));
    CHECK(where.rfind(path + ":", 0) == 0);
    CHECK(where.size() > path.size() + 1);  // a line number
    CHECK(es_line.rfind(where + ": ", 0) == 0);
    CHECK(es_line.find("no existe") != std::string::npos);  // FD009's meaning, in Spanish
    CHECK(es.out.find("nowhere") != std::string::npos);     // the detail names the beat
    CHECK(es.err.find("1 archivo revisado") != std::string::npos);
    CHECK(en.err.find("1 file checked: 1 error") != std::string::npos);
}

TEST_CASE("lint --format json keeps English messages and the code in any language", "[cli][i18n]") {
    std::string path = bad_script();
    auto en = run_cli("lint '" + path + "' --format json");
    auto es = run_cli("lint '" + path + "' --format json --lang es");
    CHECK(es.out == en.out);
    CHECK(es.out.find("FD009") != std::string::npos);
}

TEST_CASE("the system locale picks the command line's language when --lang is not given", "[cli][i18n]") {
    std::string path = bad_script();
    auto es = run_cli("lint '" + path + "'", "LC_ALL=es_ES.UTF-8");
    CHECK(line_with(es.out, "[FD009]").find("no existe") != std::string::npos);
    auto forced = run_cli("lint '" + path + "' --lang en", "LC_ALL=es_ES.UTF-8");
    CHECK(forced.err.find("1 file checked") != std::string::npos);
}

TEST_CASE("run writes money in pounds in English and in euros the Spanish way", "[cli][i18n][money]") {
    auto en = run_cli("run tests/fixtures/encounters/desk.lua --always accommodate");
    REQUIRE(en.code == 0);
    CHECK(en.out.find("Money \u2212\u00a3120") != std::string::npos);
    auto es = run_cli("run tests/fixtures/encounters/desk.lua --always accommodate --lang es");
    REQUIRE(es.code == 0);
    CHECK(es.out.find("\u2212120\u00a0\u20ac") != std::string::npos);
    CHECK(es.out.find("\u00a3") == std::string::npos);
    CHECK(es.out.find("Resumen") == std::string::npos);  // not a campaign
    CHECK(es.out.find("Tu perfil") != std::string::npos);
}

TEST_CASE("run uses the encounter's own currency", "[cli][i18n][money]") {
    std::string dir = temp_dir("cli-currency");
    std::string path = write_temp_file(dir, "usd.lua", with(minimal_encounter(), "title = \"Mini\",", "title = \"Mini\",\n  currency = \"USD\","));
    auto r = run_cli("run '" + path + "' --choose accommodate");
    REQUIRE(r.code == 0);
    CHECK(r.out.find("$50") != std::string::npos);
    CHECK(r.out.find("\u00a3") == std::string::npos);
}

TEST_CASE("usage errors and help speak the chosen language", "[cli][i18n]") {
    auto r = run_cli("run --lang es");
    CHECK(r.code == 2);
    CHECK(r.err.find("frontdoor run: ") != std::string::npos);
    CHECK(r.err.find("frontdoor run RUTA") != std::string::npos);  // the usage, in Spanish
    CHECK(r.err.find("(consulta: frontdoor run --help)") != std::string::npos);
    CHECK(r.err.find("run needs exactly one script") == std::string::npos);
    auto unknown = run_cli("lint --lang xx tests/fixtures/encounters/desk.lua");
    CHECK(unknown.code == 0);
    CHECK(unknown.err.find("xx") != std::string::npos);  // says there is no such translation, then English
    CHECK(unknown.err.find("file checked") != std::string::npos);
}

TEST_CASE("the window's help and its option errors speak the chosen language", "[cli][i18n]") {
    auto help = run_cli("--help --lang es");
    CHECK(help.code == 0);
    CHECK(help.out.find("uso: frontdoor [play RUTA] [OPCIONES]") != std::string::npos);
    CHECK(help.out.find("Teclas (todo funciona con el teclado)") != std::string::npos);
    CHECK(help.out.find("Keys (everything works") == std::string::npos);
    CHECK(help.out.find("Opens the game window") == std::string::npos);
    auto same = run_cli("help --lang es");
    CHECK(same.out == help.out);
    auto english = run_cli("--help");
    CHECK(english.out.find("Keys (everything works from the keyboard)") != std::string::npos);
    auto scale = run_cli("--lang es --scale 9");
    CHECK(scale.code == 2);
    CHECK(scale.err.find("--scale debe estar entre 0.5 y 4") != std::string::npos);
    CHECK(scale.err.find("(consulta: frontdoor --help)") != std::string::npos);
    auto missing = run_cli("play no_such_story.lua --lang es");
    CHECK(missing.code == 1);
    CHECK(missing.err.find("no se encuentra 'no_such_story.lua'") != std::string::npos);
}
