// Escapes control characters and caps the length of text bound for a terminal.
#include "terminal_text.hpp"

#include <cstdio>

#include "po_check.hpp"

namespace fd::cli {
namespace {

bool is_c1_lead(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
           static_cast<unsigned char>(s[i + 1]) >= 0x80 && static_cast<unsigned char>(s[i + 1]) <= 0x9F;
}

std::string hex_escape(const char* format, unsigned value) {
    char buf[8];
    std::snprintf(buf, sizeof buf, format, value);
    return buf;
}

// The longest prefix of at most `max` bytes that does not end inside a UTF-8 character.
std::size_t utf8_cut(std::string_view s, std::size_t max) {
    if (s.size() <= max) return s.size();
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return n;
}

}  // namespace

std::string terminal_text(std::string_view text, Newlines newlines, std::size_t max) {
    std::size_t shown = utf8_cut(text, max);
    std::string out;
    out.reserve(shown + 16);
    for (std::size_t i = 0; i < shown; ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == '\t' || (c == '\n' && newlines == Newlines::Keep)) {
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7F) {
            out += hex_escape("\\x%02x", c);
        } else if (is_c1_lead(text, i)) {
            out += hex_escape("\\x%02x", static_cast<unsigned char>(text[++i]));
        } else {
            out += static_cast<char>(c);
        }
    }
    if (shown < text.size())
        out += " [... " + std::to_string(text.size() - shown) + " more bytes not shown]";
    return out;
}

std::string json_terminal_text(std::string_view dumped) {
    std::string out;
    out.reserve(dumped.size());
    for (std::size_t i = 0; i < dumped.size(); ++i) {
        auto c = static_cast<unsigned char>(dumped[i]);
        if (c == 0x7F) {
            out += "\\u007f";
        } else if (is_c1_lead(dumped, i)) {
            out += hex_escape("\\u%04x", static_cast<unsigned char>(dumped[++i]));
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string pad_right(const std::string& text, std::size_t width) {
    std::size_t shown = i18n::utf8_length(text);
    return shown >= width ? text : text + std::string(width - shown, ' ');
}

std::string pad_left(const std::string& text, std::size_t width) {
    std::size_t shown = i18n::utf8_length(text);
    return shown >= width ? text : std::string(width - shown, ' ') + text;
}

}  // namespace fd::cli
