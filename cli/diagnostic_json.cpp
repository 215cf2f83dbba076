// Diagnostics for editors: a span on the line, the hint split off, JSON.
#include "diagnostic_json.hpp"

#include <cctype>
#include <vector>

namespace fd::cli {

namespace {
const char* kHintMark = "; did you mean ";

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '/';
}

// The names a message quotes between single quotes, in order.
std::vector<std::string> quoted_names(const std::string& message) {
    std::vector<std::string> names;
    for (std::size_t open = message.find('\''); open != std::string::npos;) {
        std::size_t close = message.find('\'', open + 1);
        if (close == std::string::npos) break;
        std::string name = message.substr(open + 1, close - open - 1);
        bool plain = !name.empty();
        for (char c : name) plain = plain && is_name_char(c);
        if (plain) names.push_back(name);
        open = message.find('\'', close + 1);
    }
    return names;
}
}  // namespace

LineSpan span_on_line(const Diagnostic& d, const std::string& line_text) {
    for (const auto& name : quoted_names(split_hint(d.message).first)) {
        std::size_t at = line_text.find("\"" + name + "\"");
        if (at != std::string::npos) return {static_cast<int>(at + 1), static_cast<int>(at + 1 + name.size())};
    }
    std::size_t first = line_text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    std::size_t last = line_text.find_last_not_of(" \t\r");
    return {static_cast<int>(first), static_cast<int>(last + 1)};
}

std::pair<std::string, std::string> split_hint(const std::string& message) {
    std::size_t at = message.rfind(kHintMark);
    if (at == std::string::npos) return {message, ""};
    return {message.substr(0, at), message.substr(at + 2)};
}

std::string line_of(const std::string& text, int line) {
    if (line < 1) return "";
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        start = text.find('\n', start);
        if (start == std::string::npos) return "";
        ++start;
    }
    std::size_t end = text.find('\n', start);
    std::string out = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!out.empty() && out.back() == '\r') out.pop_back();
    return out;
}

nlohmann::ordered_json diagnostic_json(const Diagnostic& d, const std::string& line_text) {
    auto [message, hint] = split_hint(d.message);
    int column = d.line > 0 ? span_on_line(d, line_text).start + 1 : 0;
    return {{"file", d.file},
            {"line", d.line},
            {"column", column},
            {"severity", d.severity == Severity::Error ? "error" : "warning"},
            {"code", d.code},
            {"message", message},
            {"hint", hint}};
}

}  // namespace fd::cli
