// Lint's idea of which characters the window can draw (drawable_text.hpp) is the
// glyph ranges game/fonts.cpp loads, character for character, and the check finds
// the first undrawable character of a text.
#include <catch2/catch.hpp>

#include <regex>
#include <utility>
#include <vector>

#include "drawable_text.hpp"
#include "test_support.hpp"

using namespace fdtest;

namespace {
// The (first, last) pairs of `const ImWchar kRanges[] = { ... };` in game/fonts.cpp.
std::vector<std::pair<char32_t, char32_t>> font_ranges() {
    std::string src = read_text(source_path("game/fonts.cpp"));
    auto start = src.find("const ImWchar kRanges[] = {");
    REQUIRE(start != std::string::npos);
    std::string body = src.substr(start, src.find("};", start) - start);
    std::vector<char32_t> values;
    std::regex hex("0x([0-9A-Fa-f]+)");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), hex); it != std::sregex_iterator(); ++it)
        values.push_back(static_cast<char32_t>(std::stoul((*it)[1].str(), nullptr, 16)));
    REQUIRE(values.size() % 2 == 0);
    std::vector<std::pair<char32_t, char32_t>> pairs;
    for (std::size_t i = 0; i + 1 < values.size(); i += 2) pairs.push_back({values[i], values[i + 1]});
    return pairs;
}
}  // namespace

TEST_CASE("lint's drawable characters are exactly the ones the game's fonts load", "[values]") {
    auto ranges = font_ranges();
    REQUIRE_FALSE(ranges.empty());
    for (char32_t cp = 0x20; cp < 0x30000; ++cp) {
        bool loaded = false;
        for (const auto& [a, b] : ranges) loaded = loaded || (cp >= a && cp <= b);
        if (loaded != fd::drawable_codepoint(cp)) {
            INFO("U+" << std::hex << static_cast<unsigned>(cp));
            CHECK(loaded == fd::drawable_codepoint(cp));
            break;  // one mismatch says it all
        }
    }
}

TEST_CASE("the first character the fonts cannot draw is named, and bad UTF-8 is caught", "[values]") {
    CHECK(fd::first_undrawable("Zoë Łukasiewicz, Nguyễn — 20 €") == "");
    CHECK(fd::first_undrawable("Thanks \xF0\x9F\x98\x80 a lot") == "U+1F600 '\xF0\x9F\x98\x80'");
    CHECK(fd::first_undrawable("bad \xC3 byte") == "a byte that is not UTF-8");
}
