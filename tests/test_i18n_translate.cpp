// Translations at play: reading .po files (a msgcat-joined file included), the
// catalog's fallback to English, a story shown in Spanish keeping its ids (a save
// made in English continues in Spanish), `i18n update`/`check` with gettext's own
// tools, and money written for the language.
#include <sys/wait.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "autoplay.hpp"
#include "catalog.hpp"
#include "content_text.hpp"
#include "drawable_text.hpp"
#include "language.hpp"
#include "money.hpp"
#include "po_check.hpp"
#include "po_reader.hpp"
#include "save.hpp"
#include "session.hpp"
#include "test_support.hpp"
#include "translate_story.hpp"
#include "ui_text.hpp"

using namespace fdtest;
namespace fs = std::filesystem;

namespace {

const char* kHeader =
    "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\"MIME-Version: 1.0\\n\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n"
    "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n";

std::string entry(const std::string& ctx, const std::string& id, const std::string& str, bool fuzzy = false) {
    return std::string("\n") + (fuzzy ? "#, fuzzy\n" : "") + "msgctxt \"" + ctx + "\"\nmsgid \"" + id + "\"\nmsgstr \"" +
           str + "\"\n";
}

int shell(const std::string& command) {
    int status = std::system((command + " >/dev/null 2>&1").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

fd::i18n::Catalog catalog_of(const std::string& dir, const std::string& text) {
    auto po = fd::i18n::read_po(write_temp_file(dir, "es.po", text));
    REQUIRE(po.ok());
    return fd::i18n::Catalog(po);
}

}  // namespace

TEST_CASE("A translation joined from fragments with msgcat is read and replaces the English by id", "[i18n]") {
    std::string dir = temp_dir("i18n_join");
    write_temp_file(dir, "es-a.po",
                    std::string(kHeader) + entry("wrong_size.title", "The Wrong Size", "La talla equivocada"));
    write_temp_file(dir, "es-b.po",
                    std::string(kHeader) + entry("wrong_size.customer.role", "Night-shift nurse, shops here most months",
                                                 "Enfermera del turno de noche; compra aquí casi todos los meses"));
    REQUIRE(shell("msgcat --use-first '" + dir + "/es-a.po' '" + dir + "/es-b.po' -o '" + dir + "/es.po'") == 0);
    auto po = fd::i18n::read_po(dir + "/es.po");
    REQUIRE(po.ok());
    CHECK(po.language == "es");
    fd::i18n::Catalog es(po);
    auto [story, host] = load_ok(source_path("scripts/encounters/wrong_size.lua"));
    auto shown = fd::i18n::translate_story(*story, es);
    const auto& e = *shown.story->stages.front().encounter;
    CHECK(e.title == "La talla equivocada");
    CHECK(e.customer.role == "Enfermera del turno de noche; compra aquí casi todos los meses");
    CHECK(e.customer.name == "Marisol Reyes");  // not translated: English
    CHECK(story->stages.front().encounter->title == "The Wrong Size");  // the loaded story is unchanged
    CHECK(shown.untranslated.size() == fd::i18n::content_texts(*story).size() - 2);
    fs::remove_all(dir);
}

TEST_CASE("A fuzzy, empty or outdated translation falls back to the English", "[i18n]") {
    std::string dir = temp_dir("i18n_fuzzy");
    auto es = catalog_of(dir, std::string(kHeader) + entry("wrong_size.title", "The Wrong Size", "La talla", true) +
                                  entry("wrong_size.place", "Returns desk at Hallam's, Saturday noon", "") +
                                  entry("wrong_size.customer.name", "Marisol Reye", "Marisol"));
    auto [story, host] = load_ok(source_path("scripts/encounters/wrong_size.lua"));
    auto shown = fd::i18n::translate_story(*story, es);
    const auto& e = *shown.story->stages.front().encounter;
    CHECK(e.title == "The Wrong Size");
    CHECK(e.place == "Returns desk at Hallam's, Saturday noon");
    CHECK(e.customer.name == "Marisol Reyes");
    CHECK(shown.untranslated.size() == fd::i18n::content_texts(*story).size());
    fs::remove_all(dir);
}

TEST_CASE("A broken .po file is reported with its FILE:LINE and nothing crashes", "[i18n]") {
    std::string dir = temp_dir("i18n_broken");
    std::string path = write_temp_file(dir, "es.po", std::string(kHeader) + "\nmsgctxt \"a\"\nmsgid \"x\"\nmsgstr \"y\n");
    auto po = fd::i18n::read_po(path);
    REQUIRE_FALSE(po.ok());
    CHECK(po.errors.front().find(path + ":") == 0);
    auto missing = fd::i18n::read_po(dir + "/nope.po");
    CHECK_FALSE(missing.ok());
    auto loaded = fd::i18n::load_language("xx", dir);
    REQUIRE(loaded.errors.size() == 1);
    CHECK(fd::i18n::language_problem_text(loaded.errors.front()).find("no translation for 'xx'") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("A game saved in English continues in Spanish from the same place", "[i18n]") {
    std::string dir = temp_dir("i18n_save");
    auto [story, host] = load_ok(source_path("scripts/campaign.lua"));
    fd::Session en(story, host, 3);
    int moves = 0;
    while (!en.at_decision() && moves++ < 50) en.proceed();
    REQUIRE(en.at_decision());
    en.choose(fd::Mode::Collaborate);
    std::string beat_id = en.beat().id;
    nlohmann::json saved = fd::state_to_json(en.state());
    const auto& decision_id = en.state().log.back().answer;

    std::string text = kHeader;
    for (const auto& t : fd::i18n::content_texts(*story)) {
        std::string esc;
        for (char c : t.english) esc += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
        text += entry(t.id, esc, "ES " + esc);
    }
    auto es = catalog_of(dir, text);
    auto shown = fd::i18n::translate_story(*story, es);
    CHECK(shown.untranslated.empty());
    fd::Session resumed(shown.story, host, fd::state_from_json(saved));
    CHECK(resumed.beat().id == beat_id);
    CHECK(resumed.state().log.back().answer == decision_id);
    CHECK(resumed.beat().text.rfind("ES ", 0) == 0);
    CHECK(fd::state_to_json(resumed.state()) == saved);  // the save holds ids, not words
    fs::remove_all(dir);
}

TEST_CASE("i18n update merges with gettext: changed English becomes fuzzy, removed texts obsolete", "[i18n]") {
    std::string dir = temp_dir("i18n_update");
    write_temp_file(dir, "frontdoor.pot",
                    std::string(kHeader) + entry("a.title", "Hello", "") + entry("b.title", "Goodbye now", ""));
    write_temp_file(dir, "es.po",
                    std::string(kHeader) + entry("a.title", "Hello", "Hola") + entry("b.title", "Goodbye", "Adiós") +
                        entry("c.title", "Gone", "Ido"));
    auto r = run_cli("i18n update es --po-dir '" + dir + "'");
    INFO(r.err);
    REQUIRE(r.code == 0);
    auto po = fd::i18n::read_po(dir + "/es.po");
    REQUIRE(po.ok());
    auto find = [&](const std::string& ctx) {
        auto it = std::find_if(po.entries.begin(), po.entries.end(), [&](const auto& e) { return e.context == ctx; });
        return it == po.entries.end() ? nullptr : &*it;
    };
    REQUIRE(find("a.title"));
    CHECK_FALSE(find("a.title")->fuzzy);
    REQUIRE(find("b.title"));
    CHECK(find("b.title")->fuzzy);
    CHECK(find("b.title")->english == "Goodbye now");
    REQUIRE(find("c.title"));
    CHECK(find("c.title")->obsolete);
    CHECK(shell("msgfmt --check -o /dev/null '" + dir + "/es.po'") == 0);
    fs::remove_all(dir);
}

TEST_CASE("i18n check names missing, fuzzy, too long, placeholder and font problems at FILE:LINE", "[i18n]") {
    std::string dir = temp_dir("i18n_check");
    std::string text = std::string(kHeader) + entry("a.title", "Hello", "") + entry("b.title", "Bye", "Adiós", true) +
                       "\n#. At most 10 characters (the projector layout).\nmsgctxt \"c.says\"\nmsgid \"Short\"\n"
                       "msgstr \"Demasiado largo de verdad\"\n" +
                       entry("", "{n} votes", "votos") + entry("d.title", "Hi", "שלום") + entry("e.title", "Ok", "Vale");
    write_temp_file(dir, "es.po", text);
    auto r = run_cli("i18n check es --po-dir '" + dir + "'");
    CHECK(r.code == 1);
    std::string po = dir + "/es.po";
    CHECK(r.out.find(po + ":10: error: [missing] a.title") != std::string::npos);
    CHECK(r.out.find(po + ":15: error: [fuzzy] b.title") != std::string::npos);
    CHECK(r.out.find(po + ":20: error: [too long] c.says: 25 characters; the layout has room for 10") != std::string::npos);
    CHECK(r.out.find("[placeholder] \"{n} votes\"") != std::string::npos);
    CHECK(r.out.find("[font] d.title: character U+05E9") != std::string::npos);
    CHECK(r.out.find("right-to-left") != std::string::npos);
    CHECK(r.out.find("e.title") == std::string::npos);
    write_temp_file(dir, "es.po", std::string(kHeader) + entry("e.title", "Ok", "Vale"));
    CHECK(run_cli("i18n check es --po-dir '" + dir + "'").code == 0);
    fs::remove_all(dir);
}

TEST_CASE("Money is written for the language and the currency", "[i18n][money]") {
    const std::string nb = "\u00a0";
    CHECK(fd::format_money(35, {"EUR", "es"}, false) == "35" + nb + "€");
    CHECK(fd::format_money_cents(3500, {"EUR", "es"}) == "35,00" + nb + "€");
    CHECK(fd::format_money(-1200, {"EUR", "es"}) == "\u22121200" + nb + "€");
    CHECK(fd::format_money(12400, {"EUR", "es"}) == "+12.400" + nb + "€");
    CHECK(fd::format_money(35, {"GBP", "en_GB"}, false) == "£35");
    CHECK(fd::format_money(12400, {"GBP", "en_GB"}) == "+£12,400");
    CHECK(fd::format_money(-120, {"GBP", "en_GB"}) == "\u2212£120");
    CHECK(fd::format_money_cents(3550, {"USD", "en_US"}) == "$35.50");
    CHECK(fd::currency_for_locale("es_ES") == "EUR");
    CHECK(fd::currency_for_locale("es_MX") == "MXN");
    CHECK(fd::currency_for_locale("en_GB") == "GBP");
    CHECK(fd::currency_for_locale("") == "GBP");
    CHECK(fd::effective_currency("USD", "es") == "USD");
}

TEST_CASE("A campaign's currency must be an ISO code (FD015 otherwise)", "[i18n][money]") {
    std::string dir = temp_dir("i18n_currency");
    std::string script = read_text(source_path("scripts/encounters/wrong_size.lua"));
    auto at = script.find("  title = ");
    REQUIRE(at != std::string::npos);
    write_temp_file(dir, "good.lua", script.substr(0, at) + "  currency = \"EUR\",\n" + script.substr(at));
    write_temp_file(dir, "bad.lua", script.substr(0, at) + "  currency = \"euros\",\n" + script.substr(at));
    auto good = load_ok(dir + "/good.lua");
    CHECK(good.story->stages.front().encounter->currency == "EUR");
    auto r = run_cli("lint '" + dir + "/bad.lua'");
    CHECK(r.code == 1);
    CHECK(r.out.find("FD015") != std::string::npos);
    CHECK(r.out.find("ISO 4217") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("The system locale picks the language, and C or POSIX mean English", "[i18n]") {
    CHECK(fd::i18n::normalized_language("es_ES.UTF-8") == "es_ES");
    CHECK(fd::i18n::normalized_language("C.UTF-8") == "");
    CHECK(fd::i18n::normalized_language("POSIX") == "");
    CHECK(fd::i18n::is_english("en_GB"));
    CHECK_FALSE(fd::i18n::is_english("es"));
    std::string dir = temp_dir("i18n_lang");
    write_temp_file(dir, "es.po", kHeader);
    CHECK(fd::i18n::po_file_for("es_MX", dir) == dir + "/es.po");
    CHECK(fd::i18n::po_file_for("de", dir) == "");
    fs::remove_all(dir);
}

TEST_CASE("Interface strings use the catalog, with placeholders and plural forms", "[i18n]") {
    std::string dir = temp_dir("i18n_ui");
    std::string text = std::string(kHeader) + "\nmsgid \"Continue\"\nmsgstr \"Continuar\"\n" +
                       "\nmsgid \"{n} vote\"\nmsgid_plural \"{n} votes\"\nmsgstr[0] \"{n} voto\"\nmsgstr[1] \"{n} votos\"\n";
    auto po = fd::i18n::read_po(write_temp_file(dir, "es.po", text));
    REQUIRE(po.ok());
    fd::set_ui_catalog(std::make_shared<fd::i18n::Catalog>(po));
    CHECK(std::string(fd::tr("Continue")) == "Continuar");
    CHECK(std::string(fd::tr("Quit")) == "Quit");
    CHECK(fd::format_text(fd::trn("{n} vote", "{n} votes", 1), {{"n", "1"}}) == "1 voto");
    CHECK(fd::format_text(fd::trn("{n} vote", "{n} votes", 3), {{"n", "3"}}) == "3 votos");
    fd::set_ui_catalog(nullptr);
    CHECK(std::string(fd::tr("Continue")) == "Continue");
    CHECK(fd::format_text("{a} and {{b}", {{"a", "x"}}) == "x and {b}");
    fs::remove_all(dir);
}

TEST_CASE("The fonts draw every Spanish letter and mark, Greek and Cyrillic, and refuses Arabic and CJK", "[i18n]") {
    CHECK(fd::first_undrawable("á é í ó ú ü ñ Á É Í Ó Ú Ü Ñ ¿ ¡ € « » — “ ” 35\u00a0€") == "");
    CHECK(fd::first_undrawable("Καλημέρα · Добрый день") == "");
    CHECK(fd::first_undrawable("مرحبا") != "");
    CHECK(fd::first_undrawable("你好") != "");
}
