// The glyph ranges of game/fonts.cpp, and a UTF-8 walk to find a character outside them.
#include "drawable_text.hpp"

#include <cstdio>

namespace fd {

namespace {
// Keep in step with kRanges in game/fonts.cpp (pairs of first, last).
constexpr char32_t kDrawable[][2] = {{0x0020, 0x00FF}, {0x0100, 0x024F}, {0x0300, 0x036F}, {0x0370, 0x03FF},
                                     {0x0400, 0x04FF}, {0x1E00, 0x1EFF}, {0x2010, 0x205E}, {0x20AC, 0x20AC},
                                     {0x2190, 0x2199}, {0x2212, 0x2212}, {0x25A0, 0x25FF}};

// Decodes one UTF-8 character at i; returns its length, 0 when the bytes are not UTF-8.
std::size_t decode(const std::string& s, std::size_t i, char32_t& cp) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c >> 6) != 2) return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    return len;
}
}  // namespace

bool drawable_codepoint(char32_t cp) {
    if (cp == '\n' || cp == '\t') return true;
    for (const auto& r : kDrawable)
        if (cp >= r[0] && cp <= r[1]) return true;
    return false;
}

std::string first_undrawable(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t len = decode(text, i, cp);
        if (len == 0) return "a byte that is not UTF-8";
        if (!drawable_codepoint(cp)) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
            return std::string(buf) + (cp < 0x20 ? "" : " '" + text.substr(i, len) + "'");
        }
        i += len;
    }
    return "";
}

}  // namespace fd
