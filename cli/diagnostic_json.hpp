// A diagnostic as editors want it: where on its line it points, the "did you
// mean" hint apart from the message, and one JSON object per diagnostic
// (`frontdoor lint --format json` and the language server share this).
#pragma once
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "diagnostic.hpp"

namespace fd::cli {

// Byte offsets [start, end) in the diagnostic's line: the first name the message
// quotes ('frist_ask') where the line has it, else the line without its indent.
struct LineSpan {
    int start = 0;
    int end = 0;
};
LineSpan span_on_line(const Diagnostic& d, const std::string& line_text);

// "unknown mood 'calmm'; did you mean 'calm'?" -> {"unknown mood 'calmm'", "did you mean 'calm'?"}.
std::pair<std::string, std::string> split_hint(const std::string& message);

// Line `line` (1-based) of `text`, without its newline; "" when there is none.
std::string line_of(const std::string& text, int line);

// {file, line, column (1-based bytes; 0 for the whole file), severity, code, message, hint}.
nlohmann::ordered_json diagnostic_json(const Diagnostic& d, const std::string& line_text);

}  // namespace fd::cli
