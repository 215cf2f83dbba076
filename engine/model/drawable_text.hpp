// Which characters the game's fonts can draw: the glyph ranges game/fonts.cpp loads
// into every body font (kRanges). Lint reports text with any other character (an
// emoji, a CJK ideograph), which the window would draw as "?".
#pragma once
#include <string>

namespace fd {

bool drawable_codepoint(char32_t cp);

// The first character of `text` the fonts cannot draw, as "U+1F600 '😀'", or "" when
// every character is drawable. Bytes that are not UTF-8 count as undrawable.
std::string first_undrawable(const std::string& text);

}  // namespace fd
