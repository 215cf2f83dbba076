#include "source_lines.hpp"

#include <cctype>
#include <sstream>

#include "file_text.hpp"
#include "limits.hpp"

namespace fd {

SourceLines::SourceLines(const std::string& path) {
    // The sandbox has already read this file under the same cap; a file it could not
    // read gives no lines, and messages fall back to the constructor's line.
    std::istringstream in(read_file(path, kScriptFileLimit.max).text);
    std::string line;
    while (std::getline(in, line)) lines_.push_back(line);
}

namespace {
bool assigns(const std::string& text, const std::string& field) {
    for (std::size_t pos = text.find(field); pos != std::string::npos; pos = text.find(field, pos + 1)) {
        bool starts = pos == 0 || !(std::isalnum(static_cast<unsigned char>(text[pos - 1])) || text[pos - 1] == '_');
        std::size_t p = pos + field.size();
        while (p < text.size() && text[p] == ' ') ++p;
        bool eq = p < text.size() && text[p] == '=' && (p + 1 >= text.size() || text[p + 1] != '=');
        if (starts && eq) return true;
    }
    return false;
}
}  // namespace

int SourceLines::field_line(int from, const std::string& field) const {
    if (from <= 0) return 0;
    auto next = constructors_.upper_bound(from);
    int end = next == constructors_.end() ? static_cast<int>(lines_.size()) : *next - 1;
    for (int l = from; l <= end && l <= static_cast<int>(lines_.size()); ++l)
        if (assigns(lines_[l - 1], field)) return l;
    return 0;
}

int SourceLines::find(int from, const std::string& needle) const {
    for (int l = std::max(from, 1); l <= static_cast<int>(lines_.size()); ++l)
        if (lines_[l - 1].find(needle) != std::string::npos) return l;
    return 0;
}

}  // namespace fd
