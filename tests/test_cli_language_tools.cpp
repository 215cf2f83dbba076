// The designer's tools in the command line's language: explore, balance and graph print
// their headings and lines in Spanish with --lang es (ids, outcomes and commands stay as
// written), and `i18n check` words each problem in Spanish at the same FILE:LINE and kind.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "test_support.hpp"

using namespace fdtest;

namespace {

// The English words of `phrases` that appear in `text`, one per line, "" when none.
std::string english_left(const std::string& text, const std::vector<std::string>& phrases) {
    std::string found;
    for (const auto& p : phrases)
        if (text.find(p) != std::string::npos) found += p + "\n";
    return found;
}

// The first line of `text` that contains `needle`, "" when none.
std::string line_with(const std::string& text, const std::string& needle) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find(needle) != std::string::npos) return line;
    return "";
}

}  // namespace

TEST_CASE("explore --lang es prints Spanish headings and no English heading words", "[explore][cli][i18n]") {
    auto es = run_cli("explore scripts/encounters/wrong_size.lua --lang es");
    INFO(es.out << es.err);
    REQUIRE(es.code == 0);
    for (const char* spanish : {"Explorando ", "Caminos: ", "estados distintos", "Finales:", "Nunca alcanzados: ninguno",
                                "Siempre el mismo modo:", "Colaborar", "confianza", "Confianza final: ", "Dinero final: "})
        CHECK(es.out.find(spanish) != std::string::npos);
    CHECK(english_left(es.out, {"Exploring", "Paths:", "distinct states", "decision steps", "Endings:", " paths ", "trust",
                                "Never reached", "Always the same mode", "money", "Best path", "Worst path", "Final "}) == "");
    CHECK(es.out.find("\u00a3") == std::string::npos);  // money in euros, the Spanish way
    CHECK(es.out.find("\u00a0\u20ac") != std::string::npos);
    CHECK(es.out.find("frontdoor run ") != std::string::npos);  // the commands stay commands
    CHECK(es.out.find("Confianza final: m\u00edn. 10,0, m\u00e1x. 65,0") != std::string::npos);  // the decimal comma
}

TEST_CASE("explore lines up the strategy column by characters when the mode names are Spanish", "[explore][cli][i18n]") {
    auto es = run_cli("explore scripts/encounters/wrong_size.lua --lang es");
    REQUIRE(es.code == 0);
    std::string competir = line_with(es.out, "  Competir ");
    std::string complacer = line_with(es.out, "  Complacer ");
    REQUIRE(!competir.empty());
    REQUIRE(!complacer.empty());
    auto column = [](const std::string& line) { return line.find_first_not_of(' ', line.find_first_of(' ', 2)); };
    CHECK(column(competir) == column(complacer));
}

TEST_CASE("balance --lang es prints Spanish headings and no English heading words", "[balance][cli][i18n]") {
    auto es = run_cli("balance scripts/encounters/wrong_size.lua scripts/encounters/late_fee.lua --lang es");
    INFO(es.out << es.err);
    for (const char* spanish : {"| encuentro | Evitar | Complacer | Transigir | Colaborar | Competir |", "Mayor confianza",
                                "| estrategia |", "adivinador del tema", "Los atributos de la situación"})
        CHECK(es.out.find(spanish) != std::string::npos);
    CHECK(english_left(es.out + es.err, {"| encounter", "avoid", "accommodate", "Highest trust", "| strategy", "best-fit",
                                         "theme guesser", "Situation attributes", "decisions", "unbalanced", "not played"}) == "");
    CHECK(es.out.find("| wrong_size |") != std::string::npos);  // the ids stay ids
}

TEST_CASE("graph --lang es writes its legend and labels in Spanish and keeps the node ids", "[graph][cli][i18n]") {
    auto en = run_cli("graph scripts/encounters/wrong_size.lua");
    auto es = run_cli("graph scripts/encounters/wrong_size.lua --lang es");
    REQUIRE(es.code == 0);
    CHECK(es.out.find("Colaborar encaje 5") != std::string::npos);
    CHECK(es.out.find("caminos\"") != std::string::npos);
    CHECK(es.out.find("Colaborar azul") != std::string::npos);
    CHECK(es.out.find("label=\"si s.trust >= 45\"") != std::string::npos);  // the condition as the script writes it
    CHECK(english_left(es.out, {" fit ", " paths\"", "thicker", "\"otherwise\"", "\"if "}) == "");
    CHECK(en.out.find("\"wrong_size/first_ask\"") != std::string::npos);
    CHECK(es.out.find("\"wrong_size/first_ask\"") != std::string::npos);
    CHECK(es.out.find("La talla equivocada") != std::string::npos);  // the story's title, translated as run shows it
}

TEST_CASE("i18n check --lang es words a broken entry in Spanish at the same FILE:LINE with the same kind", "[i18n][cli]") {
    std::string dir = temp_dir("i18n_check_es");
    write_temp_file(dir, "es.po",
                    "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\"MIME-Version: 1.0\\n\"\n"
                    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n"
                    "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
                    "\nmsgctxt \"a.title\"\nmsgid \"Hello\"\nmsgstr \"\"\n"
                    "\n#. At most 10 characters (the projector layout).\nmsgctxt \"c.says\"\nmsgid \"Short\"\n"
                    "msgstr \"Demasiado largo de verdad\"\n");
    auto en = run_cli("i18n check es --po-dir '" + dir + "'");
    auto es = run_cli("i18n check es --po-dir '" + dir + "' --lang es");
    CHECK(es.code == 1);
    std::string po = dir + "/es.po";
    CHECK(en.out.find(po + ":10: error: [missing] a.title: not translated yet") != std::string::npos);
    CHECK(es.out.find(po + ":10: error: [missing] a.title: sin traducir todavía") != std::string::npos);
    CHECK(es.out.find(po + ":15: error: [too long] c.says: 25 caracteres; el diseño tiene espacio para 10") != std::string::npos);
    CHECK(english_left(es.out, {"not translated", "characters", "the layout"}) == "");
    std::filesystem::remove_all(dir);
}

TEST_CASE("balance --json and explore --json keep English keys and ids in Spanish", "[balance][explore][cli][i18n]") {
    const std::string files = " scripts/encounters/wrong_size.lua scripts/encounters/late_fee.lua --json";
    auto en = run_cli("balance" + files);
    auto es = run_cli("balance" + files + " --lang es");
    CHECK(es.out == en.out);
    CHECK(es.out.find("\"collaborate\"") != std::string::npos);
    auto explored = run_cli("explore scripts/encounters/wrong_size.lua --json --lang es");
    REQUIRE(explored.code == 0);
    CHECK(explored.out.find("\"mode\": \"collaborate\"") != std::string::npos);
    CHECK(explored.out.find("Colaborar") == std::string::npos);
}
