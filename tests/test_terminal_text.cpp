// What the command line prints of scripts' and saves' text is safe on a
// terminal: control characters shown as visible escapes, one message capped; columns
// padded by characters.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "terminal_text.hpp"

using fd::cli::json_terminal_text;
using fd::cli::Newlines;
using fd::cli::terminal_text;

TEST_CASE("terminal text shows escape, bell, DEL and C1 controls as visible escapes", "[terminal]") {
    CHECK(terminal_text("a\x1b[2Jb") == "a\\x1b[2Jb");
    CHECK(terminal_text("\x1b]0;title\x07") == "\\x1b]0;title\\x07");
    CHECK(terminal_text("x\x7fy\rz") == "x\\x7fy\\x0dz");
    CHECK(terminal_text("csi\xc2\x9b" "2J") == "csi\\x9b2J");
    CHECK(terminal_text(std::string("nul\0end", 7)) == "nul\\x00end");
}

TEST_CASE("terminal text keeps tabs, UTF-8 letters and newlines where lines are wanted", "[terminal]") {
    CHECK(terminal_text("Zoë → café\tok\nnext") == "Zoë → café\tok\nnext");
    CHECK(terminal_text("one\ntwo", Newlines::Escape) == "one\\x0atwo");
}

TEST_CASE("terminal text prints at most 2000 bytes of one message and says how much was cut", "[terminal]") {
    std::string huge(4 * 1024 * 1024, 'x');
    std::string shown = terminal_text(huge);
    CHECK(shown.size() < 2100);
    CHECK(shown.find(" [... " + std::to_string(huge.size() - 2000) + " more bytes not shown]") != std::string::npos);
    std::string letters;
    for (int i = 0; i < 1500; ++i) letters += "ë";  // two bytes each: the cut falls between letters
    std::string cut = terminal_text(letters);
    CHECK(cut.substr(0, 2000) == letters.substr(0, 2000));
    CHECK(terminal_text(std::string(2000, 'y')) == std::string(2000, 'y'));
}

TEST_CASE("JSON made terminal-safe parses back to the same value", "[terminal]") {
    nlohmann::json j = {{"text", "esc\x1b[2J del\x7f c1\xc2\x9b bell\x07 ë→"}};
    std::string safe = json_terminal_text(j.dump(2));
    for (char c : safe) {
        auto u = static_cast<unsigned char>(c);
        CHECK((u >= 0x20 || u == '\n'));
        CHECK(u != 0x7f);
    }
    CHECK(safe.find("\xc2\x9b") == std::string::npos);
    CHECK(nlohmann::json::parse(safe) == j);
}

TEST_CASE("a column padded for the terminal counts characters, not bytes, so accented words line up", "[terminal][i18n]") {
    using fd::cli::pad_left;
    using fd::cli::pad_right;
    CHECK(pad_right("Atención", 10) == "Atención  ");  // 8 characters, 9 bytes
    CHECK(pad_right("avoid", 10) == "avoid     ");
    CHECK(pad_left("ñú", 4) == "  ñú");
    CHECK(pad_right("accommodate", 4) == "accommodate");  // longer: left whole
}
