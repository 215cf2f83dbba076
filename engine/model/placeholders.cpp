// Fills "{name}" placeholders (see placeholders.hpp).
#include "placeholders.hpp"

#include <algorithm>

namespace fd {

std::string fill_placeholders(const std::string& pattern, const std::vector<std::pair<std::string, std::string>>& values) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string::npos;
        if (close != std::string::npos) {
            std::string name = pattern.substr(i + 1, close - i - 1);
            auto it = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
            if (it != values.end()) {
                out += it->second;
                i = close;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace fd
