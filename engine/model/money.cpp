// The money formatter: symbol, its side, the separators and the sign by language.
#include "money.hpp"

#include <cstdlib>
#include <map>

namespace fd {
namespace {

const char* kMinus = "\u2212";
const char* kNbsp = "\u00a0";

std::string symbol_of(const std::string& code) {
    static const std::map<std::string, std::string> symbols = {
        {"GBP", "\u00a3"}, {"EUR", "\u20ac"}, {"USD", "$"}, {"JPY", "\u00a5"}, {"INR", "\u20b9"},
        {"RUB", "\u20bd"}, {"UAH", "\u20b4"}, {"PLN", "z\u0142"}, {"MXN", "$"}, {"AUD", "$"},
        {"CAD", "$"}, {"NZD", "$"}, {"TRY", "\u20ba"}, {"KRW", "\u20a9"}, {"ILS", "\u20aa"}};
    auto it = symbols.find(code);
    return it == symbols.end() ? code : it->second;
}

std::string base(const std::string& language) { return language.substr(0, language.find('_')); }

struct Conventions {
    std::string group, decimal;
    std::size_t min_group_digits;  // group only numbers with at least this many digits
    bool symbol_after;             // "35 €" rather than "€35"
};

Conventions conventions(const std::string& language) {
    std::string l = base(language);
    if (l == "es") return {".", ",", 5, true};  // 1234 €, 12.345 € (RAE and CLDR)
    if (l == "de" || l == "it" || l == "nl" || l == "pt" || l == "el" || l == "tr" || l == "id")
        return {".", ",", 4, true};
    if (l == "fr" || l == "ru" || l == "uk" || l == "pl" || l == "cs" || l == "sk" || l == "bg" || l == "sv" ||
        l == "fi" || l == "nb" || l == "da")
        return {"\u202f", ",", l == "pl" ? std::size_t{5} : std::size_t{4}, true};
    return {",", ".", 4, false};  // English and the rest
}

std::string grouped(unsigned long long n, const Conventions& c) {
    std::string digits = std::to_string(n);
    if (digits.size() < c.min_group_digits) return digits;
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), c.group);
    return digits;
}

std::string placed(const std::string& number, const std::string& currency, const Conventions& c, bool negative,
                   bool plus) {
    std::string sym = symbol_of(currency);
    std::string sign = negative ? kMinus : plus ? "+" : "";
    bool code = sym == currency;  // no symbol: the code, with a space on either side
    if (c.symbol_after) return sign + number + kNbsp + sym;
    return sign + sym + (code ? kNbsp : "") + number;
}

}  // namespace

std::string format_money(long long amount, const MoneyStyle& style, bool sign) {
    Conventions c = conventions(style.language);
    unsigned long long a = amount < 0 ? 0ULL - static_cast<unsigned long long>(amount) : static_cast<unsigned long long>(amount);
    return placed(grouped(a, c), style.currency, c, amount < 0, sign && amount > 0);
}

std::string format_money_cents(long long cents, const MoneyStyle& style) {
    Conventions c = conventions(style.language);
    unsigned long long a = cents < 0 ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
    std::string frac = std::to_string(a % 100);
    if (frac.size() < 2) frac = "0" + frac;
    return placed(grouped(a / 100, c) + c.decimal + frac, style.currency, c, cents < 0, false);
}

std::string decimal_mark(const std::string& language) { return conventions(language).decimal; }

bool is_currency_code(const std::string& code) {
    if (code.size() != 3) return false;
    for (char ch : code)
        if (ch < 'A' || ch > 'Z') return false;
    return true;
}

std::string currency_for_locale(const std::string& language) {
    static const std::map<std::string, std::string> by_region = {
        {"US", "USD"}, {"GB", "GBP"}, {"IE", "EUR"}, {"MX", "MXN"}, {"AU", "AUD"}, {"CA", "CAD"}, {"NZ", "NZD"},
        {"IN", "INR"}, {"CH", "CHF"}, {"JP", "JPY"}, {"RU", "RUB"}, {"UA", "UAH"}, {"PL", "PLN"}, {"AR", "ARS"},
        {"CO", "COP"}, {"CL", "CLP"}, {"PE", "PEN"}, {"TR", "TRY"}, {"SE", "SEK"}, {"NO", "NOK"}, {"DK", "DKK"},
        {"CZ", "CZK"}};
    auto us = language.find('_');
    if (us != std::string::npos) {
        auto it = by_region.find(language.substr(us + 1, 2));
        if (it != by_region.end()) return it->second;
    }
    static const std::map<std::string, std::string> by_language = {
        {"es", "EUR"}, {"de", "EUR"}, {"fr", "EUR"}, {"it", "EUR"}, {"nl", "EUR"}, {"pt", "EUR"}, {"el", "EUR"},
        {"fi", "EUR"}, {"sk", "EUR"}, {"ru", "RUB"}, {"uk", "UAH"}, {"pl", "PLN"}, {"ja", "JPY"}};
    auto it = by_language.find(base(language));
    return it == by_language.end() ? "GBP" : it->second;
}

std::string effective_currency(const std::string& story_currency, const std::string& language) {
    return story_currency.empty() ? currency_for_locale(language) : story_currency;
}

}  // namespace fd
