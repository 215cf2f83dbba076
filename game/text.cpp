// Words and numbers as the screens write them: capitalised stage names, money, signed
// numbers, the default players' names.
#include "text.hpp"

#include <cctype>
#include <cstdlib>

#include "ui_text.hpp"

namespace fdg {

std::string capitalised(const std::string& word) {
    std::string s = word;
    for (auto& c : s)
        if (c == '_') c = ' ';
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

namespace {
fd::MoneyStyle& style_now() {
    static fd::MoneyStyle style;  // GBP in British English until the game sets another
    return style;
}
}  // namespace

std::string money_text(long long amount, bool sign) { return fd::format_money(amount, style_now(), sign); }

const fd::MoneyStyle& money_style() { return style_now(); }

void set_money_style(const fd::MoneyStyle& style) { style_now() = style; }

std::string signed_text(long long amount) {
    if (amount < 0) return "\u2212" + std::to_string(-amount);
    if (amount > 0) return "+" + std::to_string(amount);
    return "0";
}

std::string player_label(const std::string& name) {
    if (name == "The room") return fd::trc("player", "The room");
    if (name == "Player") return fd::trc("player", "Player");
    return name;
}

}  // namespace fdg
