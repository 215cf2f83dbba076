// Texts the engine used to word in English, now worded in the player's language by
// the layer that shows them (issue 17): the moment's situation in `frontdoor run`'s
// debrief, the notice of a save resumed elsewhere, the welcome to the default player,
// the problems loading a language and the words around a script error.
#include <catch2/catch.hpp>

#include <filesystem>

#include "autoplay.hpp"
#include "game.hpp"
#include "game_language.hpp"
#include "language.hpp"
#include "minimal_encounter.hpp"
#include "resume_notice.hpp"
#include "script_error_text.hpp"
#include "session.hpp"
#include "test_support.hpp"
#include "ui_text.hpp"

using namespace fdtest;
using fdg::Intent;
namespace fs = std::filesystem;

namespace {

// The shipped Spanish (po/es.po, found from the source folder) for the test's life.
struct InSpanish {
    InSpanish() { REQUIRE(fdg::use_language("es").empty()); }
    ~InSpanish() { fdg::use_language(""); }
};

// The window back in English when a test that changed its language ends.
struct BackToEnglish {
    ~BackToEnglish() { fdg::use_language(""); }
};

// The window's options for `text` written as mini.lua in `dir`, the scripts folder too.
fdg::Options options_for(const std::string& dir, const std::string& text) {
    fdg::Options o;
    o.story_path = write_temp_file(dir, "mini.lua", text);
    o.scripts_dir = dir;
    return o;
}

}  // namespace

TEST_CASE("frontdoor run --lang es words the moment's situation in Spanish, and in English without it", "[i18n][cli]") {
    auto es = run_cli("run scripts/encounters/wrong_size.lua --always collaborate --lang es");
    REQUIRE(es.code == 0);
    CHECK_THAT(es.out, Catch::Contains("El momento: De qui\u00e9n es la culpa: "));
    CHECK_THAT(es.out, !Catch::Contains("Whose fault") && !Catch::Contains("Stress:"));
    auto en = run_cli("run scripts/encounters/wrong_size.lua --always collaborate --lang en");
    REQUIRE(en.code == 0);
    CHECK_THAT(en.out, Catch::Contains("The moment: Whose fault: "));
}

TEST_CASE("a save resumed at another stage says so in the player's language", "[i18n][saves]") {
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    fd::Session played(story, host, 9);
    fd::autoplay(played, [](const fd::Session& s) -> std::optional<fd::Mode> {
        if (!s.state().results.empty()) return std::nullopt;  // one encounter finished
        return fd::Mode::Collaborate;
    });
    fd::SessionState state = played.state();
    state.stage = "retired_stage";
    fd::ResumeMove move = fd::resume_place(*story, state);
    REQUIRE(move.kind == fd::ResumeMove::Kind::ToNext);
    std::string english = fdg::resume_notice(move);
    CHECK_THAT(english, Catch::StartsWith("The stage 'retired_stage' in this save is no longer in the campaign; resuming at '"));
    InSpanish es;
    CHECK_THAT(fdg::resume_notice(move), Catch::StartsWith("La etapa 'retired_stage' de esta partida guardada ya no est\u00e1 en la campa\u00f1a"));
    move.kind = fd::ResumeMove::Kind::PlaceGone;
    move.encounter = "La talla equivocada";
    CHECK(fdg::resume_notice(move) ==
          "El punto 'retired_stage' de esta partida guardada ya no est\u00e1 en 'La talla equivocada'; sigues en la decisi\u00f3n anterior m\u00e1s cercana.");
}

TEST_CASE("the default player is welcomed back by the name the player's language gives them", "[i18n][game]") {
    std::string saves = temp_dir("i18n_welcome");
    fdg::Options o;
    o.story_path = source_path("scripts/encounters/wrong_size.lua");
    o.scripts_dir = source_path("scripts");
    o.save_dir = saves;
    o.lang = "es";
    {
        fdg::Game first(o);  // no name typed: the stored id is the default "Player"
        first.apply(Intent::of(Intent::NewGame));
        REQUIRE(first.session());
        CHECK(first.play().player == "Player");
    }
    {
        fdg::Game again(o);
        again.continue_game();
        REQUIRE(!again.overlays().notices.empty());
        CHECK(again.overlays().notices.back().text == "Hola de nuevo, Jugador.");
    }
    fdg::use_language("");
    fs::remove_all(saves);
}

TEST_CASE("a missing translation is reported in the language the player was reading", "[i18n][game]") {
    std::string dir = temp_dir("i18n_problem");
    fd::i18n::LoadedLanguage none = fd::i18n::load_language("xx", dir);
    REQUIRE(none.errors.size() == 1);
    CHECK(none.errors.front().kind == fd::i18n::LanguageProblem::Kind::NoTranslation);
    CHECK(fd::i18n::language_problem_text(none.errors.front()) == "no translation for 'xx' in " + dir + " (English is shown)");
    InSpanish es;
    CHECK(fd::i18n::language_problem_text(none.errors.front()) == "no hay traducci\u00f3n para 'xx' en " + dir + " (se muestra en ingl\u00e9s)");
    std::vector<std::string> problems = fdg::use_language("xx");  // from Spanish to a language with no .po
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems.front(), Catch::StartsWith("no hay traducci\u00f3n para 'xx' en "));
    fs::remove_all(dir);
}

TEST_CASE("the error dialog words the engine's part of a script error in the player's language, file:line kept", "[i18n][game]") {
    std::string dir = temp_dir("i18n_script_error");
    auto text = with(minimal_encounter(), "effects = { trust = 20, wall = -30 }", "effects = function(s) while true do end end");
    fdg::Options o = options_for(dir, text);
    BackToEnglish english;
    for (const char* lang : {"en", "es"}) {
        o.lang = lang;
        o.save_dir = dir + "/saves_" + lang;  // a fresh start each time, no unfinished game to replace
        fdg::Game g(o);
        g.new_game();
        INFO(g.overlays().error.title + ": " + g.overlays().error.message);
        REQUIRE(g.session());
        for (int i = 0; i < 5 && !g.session()->at_decision(); ++i) g.proceed();
        REQUIRE(g.session()->at_decision());
        g.choose(fd::Mode::Collaborate);
        REQUIRE(g.overlays().error.open);
        const std::string& details = g.overlays().error.message;
        CHECK_THAT(details, Catch::Contains("mini.lua:15: ") && Catch::EndsWith(" [FD001]"));
        if (std::string(lang) == "en")
            CHECK_THAT(details, Catch::Contains("mini.lua:15: script ran more than ") && Catch::Contains("instructions (an endless loop?) (at beat '"));
        else
            CHECK_THAT(details, Catch::Contains("mini.lua:15: el guion ejecut\u00f3 m\u00e1s de ") &&
                                    Catch::Contains("instrucciones (\u00bfun bucle infinito?) (en el paso '"));
    }
    fs::remove_all(dir);
}

TEST_CASE("a script error's details in English are the engine's own text with its code", "[i18n][game]") {
    fd::ScriptError e("mini.lua", 15, "script used more than 64 MB of memory");
    e.set_reason("memory", 64);
    fd::ScriptError at = e.at("ask", "desk");
    CHECK(fdg::script_error_details(at) == at.with_code());
    CHECK(fdg::script_error_details(e.at("ask", "")) == e.at("ask", "").with_code());
    InSpanish es;
    CHECK(fdg::script_error_details(at) == "mini.lua:15: el guion us\u00f3 m\u00e1s de 64 MB de memoria (en el paso 'ask' de la etapa 'desk') [FD001]");
    fd::ScriptError lua("mini.lua", 3, "attempt to index a nil value (global 'x')");
    CHECK(fdg::script_error_details(lua) == "mini.lua:3: attempt to index a nil value (global 'x') [FD001]");  // Lua's own words stay
}

TEST_CASE("a script that does not load is shown in the player's language, file:line and code kept", "[i18n][game]") {
    std::string dir = temp_dir("i18n_load_error");
    auto text = with(minimal_encounter(), "effects = { trust = 20, wall = -30 }, next = \"kept\"",
                     "effects = { trust = 20, wall = -30 }, next = \"nowhere\"");
    fdg::Options o = options_for(dir, text);
    BackToEnglish english;
    for (const char* lang : {"en", "es"}) {
        o.lang = lang;
        o.save_dir = dir + "/saves_" + lang;
        fdg::Game g(o);
        g.new_game();
        REQUIRE(g.overlays().error.open);
        const std::string& details = g.overlays().error.message;
        INFO(details);
        CHECK_THAT(details, Catch::Contains("mini.lua:") && Catch::Contains("[FD009]"));
        if (std::string(lang) == "en") {
            CHECK_THAT(details, Catch::Contains("names a beat that does not exist") || Catch::Contains("nowhere"));
            CHECK_THAT(details, !Catch::Contains("nombra un paso"));
        } else {
            CHECK_THAT(details, Catch::Contains("nombra un paso que no existe"));
        }
    }
    fs::remove_all(dir);
}
