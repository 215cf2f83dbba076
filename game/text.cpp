// Words and numbers as the screens write them: capitalised stage names, money, signed numbers.
#include "text.hpp"

#include <cctype>
#include <cstdlib>

namespace fdg {

std::string capitalised(const std::string& word) {
    std::string s = word;
    for (auto& c : s)
        if (c == '_') c = ' ';
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string money_text(long long amount, bool sign) {
    std::string digits = std::to_string(std::llabs(amount));
    // Thousands separators make £12,400 readable at a glance.
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    if (amount < 0) return "\u2212\u00a3" + digits;
    if (amount > 0 && sign) return "+\u00a3" + digits;
    return "\u00a3" + digits;
}

std::string signed_text(long long amount) {
    if (amount < 0) return "\u2212" + std::to_string(-amount);
    if (amount > 0) return "+" + std::to_string(amount);
    return "0";
}

}  // namespace fdg
