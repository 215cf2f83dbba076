// Lint's detail lines in the designer's language: `lint --lang es` says what is wrong
// under each code in Spanish, with names, ids and fields as the script wrote them, at the
// same FILE:LINE with the same code; English and --format json stay as they were.
#include <catch2/catch.hpp>

#include <sstream>

#include "minimal_encounter.hpp"
#include "test_support.hpp"

using namespace fdtest;

namespace {

// A copy of the minimal encounter with four mistakes: a number for the title (FD004,
// line 3), no customer name (FD003, line 5), `stat` for `start` (FD005, line 6) and an
// answer sent to "lsot" (FD009, line 12).
std::string four_mistakes() {
    std::string s = with(minimal_encounter(), "title = \"Mini\"", "title = 5");
    s = with(s, "name = \"Ana Lima\", ", "");
    s = with(s, "start = \"ask\",", "start = \"ask\", stat = 1,");
    s = with(s, "next = \"lost\", fit = 1, why = \"Too", "next = \"lsot\", fit = 1, why = \"Too");
    return write_temp_file(temp_dir("lint-language"), "bad.lua", s);
}

// The line with `code` and the detail line under it ("" when there is none).
std::pair<std::string, std::string> reported(const std::string& out, const std::string& code) {
    std::istringstream in(out);
    std::string line, detail;
    while (std::getline(in, line))
        if (line.find("[" + code + "]") != std::string::npos) {
            std::getline(in, detail);
            return {line, detail};
        }
    return {};
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("lint in English says each problem's detail on the same line as before", "[cli][i18n][lint]") {
    auto en = run_cli("lint '" + four_mistakes() + "'");
    CHECK(en.code == 1);
    CHECK(has(reported(en.out, "FD004").first, "encounter: 'title' should be a string, not a number [FD004]"));
    CHECK(has(reported(en.out, "FD003").first, "customer has no 'name' [FD003]"));
    CHECK(has(reported(en.out, "FD005").first, "encounter has unknown field 'stat'; did you mean 'start'? [FD005]"));
    CHECK(has(reported(en.out, "FD009").first,
              "answer 'ask.avoid' goes to 'lsot', which is not a beat here; did you mean 'lost'? [FD009]"));
}

TEST_CASE("lint --lang es writes the detail lines in Spanish at the same FILE:LINE with the same code", "[cli][i18n][lint]") {
    std::string path = four_mistakes();
    auto en = run_cli("lint '" + path + "'");
    auto es = run_cli("lint '" + path + "' --lang es");
    CHECK(es.code == 1);
    for (const char* code : {"FD003", "FD004", "FD005", "FD009"}) {
        INFO(code << "\n" << es.out);
        std::string en_line = reported(en.out, code).first;
        auto [es_line, es_detail] = reported(es.out, code);
        REQUIRE(!en_line.empty());
        std::string where = en_line.substr(0, en_line.find(": error:"));
        CHECK(es_line.rfind(where + ": error: ", 0) == 0);
        CHECK(has(es_line, std::string("[") + code + "]"));
        CHECK(es_detail.rfind("    ", 0) == 0);
    }
    CHECK(reported(es.out, "FD004").second == "    `encounter`: 'title' tiene que ser de tipo `string`, no `number`");
    CHECK(reported(es.out, "FD003").second == "    `customer` no tiene 'name'");
    CHECK(reported(es.out, "FD005").second == "    `encounter` tiene un campo desconocido, 'stat'; ¿quisiste decir 'start'?");
    CHECK(reported(es.out, "FD009").second ==
          "    `answer` 'ask.avoid' va a 'lsot', que no es un paso de este encuentro; ¿quisiste decir 'lost'?");
}

TEST_CASE("lint --lang es gives an unknown value's list and guess in Spanish with the names as written", "[cli][i18n][lint]") {
    std::string s = with(minimal_encounter(), "mood = \"upset\"", "mood = \"upste\"");
    std::string path = write_temp_file(temp_dir("lint-language-word"), "bad.lua", s);
    auto es = run_cli("lint '" + path + "' --lang es");
    std::string detail = reported(es.out, "FD015").second;
    INFO(es.out);
    CHECK(has(detail, "`customer`: `mood` desconocido: 'upste'; ¿quisiste decir 'upset'? (puede ser: "));
    CHECK(has(detail, "calm"));
}

TEST_CASE("lint --format json keeps every detail in English whatever the language", "[cli][i18n][lint]") {
    std::string path = four_mistakes();
    auto en = run_cli("lint '" + path + "' --format json");
    auto es = run_cli("lint '" + path + "' --format json --lang es");
    CHECK(es.out == en.out);
    CHECK(has(es.out, "customer has no 'name'"));
}

TEST_CASE("a script error's detail stays as Lua wrote it in Spanish", "[cli][i18n][lint]") {
    std::string path = write_temp_file(temp_dir("lint-language-lua"), "bad.lua", "return encounter { id = \"x\" \n");
    auto en = run_cli("lint '" + path + "'");
    auto es = run_cli("lint '" + path + "' --lang es");
    std::string en_detail = reported(en.out, "FD001").first;
    std::string es_detail = reported(es.out, "FD001").second;
    REQUIRE(!es_detail.empty());
    std::string lua_text = en_detail.substr(en_detail.find(": error: ") + 9);
    lua_text = lua_text.substr(0, lua_text.find(" [FD001]"));
    CHECK(es_detail == "    " + lua_text);
}
