// Picks and loads the command line's language (see cli_language.hpp).
#include "cli_language.hpp"

#include <iostream>

#include "args.hpp"
#include "language.hpp"
#include "terminal_text.hpp"
#include "ui_text.hpp"

namespace fd::cli {
namespace {

struct CliLanguage {
    std::string language;  // in use: "" English
    std::string wanted;    // asked for (--lang or the locale): its region picks the default currency
    std::shared_ptr<const i18n::Catalog> catalog;
};

CliLanguage& now() {
    static CliLanguage lang;
    return lang;
}

bool is_language_code(const std::string& code) {
    return !code.empty() && code.size() <= 16 &&
           code.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-.@0123456789") == std::string::npos;
}

}  // namespace

std::string take_lang_option(std::vector<std::string>& argv) {
    std::string lang;
    for (std::size_t i = 0; i < argv.size();) {
        const std::string& a = argv[i];
        if (a == "--") break;
        if (a == "--lang") {
            if (i + 1 >= argv.size()) throw UsageError(format_text(tr("option '{option}' needs a value"), {{"option", "--lang"}}));
            lang = argv[i + 1];
            argv.erase(argv.begin() + static_cast<long>(i), argv.begin() + static_cast<long>(i) + 2);
        } else if (a.rfind("--lang=", 0) == 0) {
            lang = a.substr(7);
            argv.erase(argv.begin() + static_cast<long>(i));
        } else {
            ++i;
        }
    }
    if (!lang.empty() && !is_language_code(lang)) throw UsageError(tr("--lang takes a language code such as es or es_MX"));
    return lang;
}

void use_cli_language(const std::string& option) {
    std::string wanted = option.empty() ? i18n::system_language() : i18n::normalized_language(option);
    CliLanguage& lang = now();
    lang = {};
    lang.wanted = wanted;
    set_ui_catalog(nullptr);
    if (i18n::is_english(wanted)) return;
    i18n::LoadedLanguage loaded = i18n::load_language(wanted, i18n::shipped_po_dir());
    if (!loaded.errors.empty()) {
        if (!option.empty())
            for (const auto& e : loaded.errors) std::cerr << terminal_text(i18n::language_problem_text(e)) << "\n";
        return;
    }
    lang.language = loaded.language;
    lang.catalog = std::make_shared<const i18n::Catalog>(std::move(loaded.catalog));
    set_ui_catalog(lang.catalog);
}

const std::string& cli_language() { return now().language; }

std::shared_ptr<const i18n::Catalog> cli_catalog() { return now().catalog; }

MoneyStyle cli_money_style(const std::string& currency) {
    MoneyStyle style;
    style.currency = effective_currency(currency, now().wanted);
    style.language = cli_language().empty() ? std::string("en_GB") : cli_language();
    return style;
}

}  // namespace fd::cli
