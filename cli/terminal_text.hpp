// Text from scripts and saves made safe for a terminal: control characters
// (C0 but tab and, where lines are legitimate, newline; DEL; C1 U+0080..U+009F
// in UTF-8) shown as visible \x1b-style escapes, so a script cannot clear the
// screen, set the window title or write the clipboard; and one message printed
// at most kMaxPrinted bytes, saying how much was cut.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace fd::cli {

constexpr std::size_t kMaxPrinted = 2000;

enum class Newlines { Keep, Escape };

std::string terminal_text(std::string_view text, Newlines newlines = Newlines::Keep, std::size_t max = kMaxPrinted);

// JSON as nlohmann dumps it, with the control characters it leaves raw (DEL,
// C1) written as \u escapes: the same JSON value, safe on a terminal.
std::string json_terminal_text(std::string_view dumped);

// `text` padded with spaces to `width` columns, counted in characters (UTF-8 code
// points), not bytes, so "Complacer" lines up under "accommodate"; a longer text is
// left whole. pad_left puts the spaces before (numbers in a right-aligned column).
std::string pad_right(const std::string& text, std::size_t width);
std::string pad_left(const std::string& text, std::size_t width);

}  // namespace fd::cli
