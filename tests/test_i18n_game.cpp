// The game in another language, driven directly: --lang shows the story translated
// and the interface's words with it; a game saved in English continues in Spanish
// from the same place; the language chosen in the settings is remembered and
// changes the story on screen at once; money follows the language.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "game.hpp"
#include "game_language.hpp"
#include "test_support.hpp"
#include "text.hpp"
#include "ui_text.hpp"

using namespace fdtest;
using fdg::Intent;
namespace fs = std::filesystem;

namespace {

const char* kSpanish =
    "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"
    "msgctxt \"wrong_size.title\"\nmsgid \"The Wrong Size\"\nmsgstr \"La talla equivocada\"\n\n"
    "msgctxt \"wrong_size.first_ask.prompt\"\nmsgid \"Whose mistake is this, and what does she need to hear first?\"\n"
    "msgstr \"¿De quién es el error y qué necesita oír primero?\"\n\n"
    "msgid \"Continue\"\nmsgstr \"Continuar\"\n";

// Points the game at a folder holding es.po for the test's life.
struct SpanishFolder {
    std::string dir = temp_dir("i18n_game_po");
    SpanishFolder() {
        write_temp_file(dir, "es.po", kSpanish);
        setenv("FRONTDOOR_PO_DIR", dir.c_str(), 1);
    }
    ~SpanishFolder() {
        unsetenv("FRONTDOOR_PO_DIR");
        fdg::use_language("");
        fs::remove_all(dir);
    }
};

fdg::Options options(const std::string& saves, const std::string& lang) {
    fdg::Options o;
    o.story_path = source_path("scripts/encounters/wrong_size.lua");
    o.scripts_dir = source_path("scripts");
    o.save_dir = saves;
    o.lang = lang;
    return o;
}

}  // namespace

TEST_CASE("game: --lang es shows the story and the interface in Spanish, English where untranslated", "[game][i18n]") {
    SpanishFolder po;
    std::string saves = temp_dir("i18n_game_saves");
    fdg::Game g(options(saves, "es"));
    REQUIRE(g.library().main_story);
    CHECK(g.library().main_story->stages.front().encounter->title == "La talla equivocada");
    CHECK(g.library().main_story->stages.front().encounter->place == "Returns desk at Hallam's, Saturday noon");
    CHECK(std::string(fd::tr("Continue")) == "Continuar");
    CHECK(fdg::money_text(35, false) == "35\u00a0€");
    fs::remove_all(saves);
}

TEST_CASE("game: a game saved in English continues in Spanish at the same beat", "[game][i18n]") {
    SpanishFolder po;
    std::string saves = temp_dir("i18n_game_continue");
    {
        fdg::Game en(options(saves, "en"));
        en.apply(Intent::with_text(Intent::SetName, "Ana"));
        en.apply(Intent::of(Intent::NewGame));
        REQUIRE(en.session());
        for (int i = 0; i < 5 && !en.session()->at_decision(); ++i) en.apply(Intent::of(Intent::Proceed));
        REQUIRE(en.session()->at_decision());
        CHECK(en.session()->beat().prompt == "Whose mistake is this, and what does she need to hear first?");
    }
    fdg::Game es(options(saves, "es"));
    es.continue_game();
    INFO(es.overlays().error.message);
    REQUIRE(es.session());
    CHECK(es.session()->beat().id == "first_ask");
    CHECK(es.session()->beat().prompt == "¿De quién es el error y qué necesita oír primero?");
    CHECK(es.play().player == "Ana");
    fs::remove_all(saves);
}

TEST_CASE("game: the language chosen in the settings changes the story at once and is remembered", "[game][i18n]") {
    SpanishFolder po;
    std::string saves = temp_dir("i18n_game_setting");
    {
        fdg::Game g(options(saves, "en"));
        g.apply(Intent::of(Intent::NewGame));
        REQUIRE(g.session());
        CHECK(g.session()->encounter().title == "The Wrong Size");
        g.apply(Intent::with_text(Intent::SetLanguage, "es"));
        CHECK(g.settings().language == "es");
        REQUIRE(g.session());
        CHECK(g.session()->encounter().title == "La talla equivocada");
        CHECK(fdg::current_language() == "es");
    }
    fdg::Game again(options(saves, ""));  // no --lang: the settings' language
    CHECK(fdg::current_language() == "es");
    REQUIRE(again.library().main_story);
    CHECK(again.library().main_story->title == "La talla equivocada");
    fs::remove_all(saves);
}
