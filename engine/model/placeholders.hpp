// "{name}" placeholders in a message replaced by their values: the one filler behind
// fd::format_text (engine/i18n) and a diagnostic's detail (diagnostic_detail.hpp).
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace fd {

// "{name}" replaced by its value; "{{" is a literal "{"; an unknown name stays as written.
std::string fill_placeholders(const std::string& pattern, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace fd
