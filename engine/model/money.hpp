// Money as the player's language writes it, in the story's currency: the one
// formatter every screen and report uses. Amounts are whole units (the scripts'
// money has no cents); "35 €" in Spanish, "£35" in British English.
#pragma once
#include <string>

namespace fd {

struct MoneyStyle {
    std::string currency = "GBP";  // ISO 4217
    std::string language = "en_GB";  // normalized locale ("es", "es_MX", "en_GB")
};

// "+£585", "−£120", "£0"; "+585 €", "−1.200 €" in Spanish. `sign`: a plus on gains.
std::string format_money(long long amount, const MoneyStyle& style, bool sign = true);
// With cents (hundredths): "£35.00", "35,00 €".
std::string format_money_cents(long long cents, const MoneyStyle& style);

// The decimal mark the language writes numbers with: "." in English, "," in Spanish.
std::string decimal_mark(const std::string& language);

// A currency code is three capital letters (ISO 4217 form).
bool is_currency_code(const std::string& code);
// The currency of a locale's region or language: es_ES, de, fr -> EUR; en_US -> USD;
// en_GB, en and anything unknown -> GBP (the scripts' own money).
std::string currency_for_locale(const std::string& language);
// The story's currency when it names one, else the locale's.
std::string effective_currency(const std::string& story_currency, const std::string& language);

}  // namespace fd
