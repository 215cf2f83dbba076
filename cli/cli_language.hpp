// The command line's language: --lang (taken out of a command's arguments before it
// parses them), else the system locale, as the window does. It sets the interface
// catalog (tr()), the story's language for `run`, and money's format.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "money.hpp"

namespace fd::cli {

// Removes "--lang X" / "--lang=X" (before a "--") from argv; returns X, "" when absent.
// Throws UsageError when --lang has no value or is not a language code.
std::string take_lang_option(std::vector<std::string>& argv);

// Uses `option` (else the system locale) for what the command line prints. A language
// with no translation is said on stderr when it was asked for by --lang, and English is used.
void use_cli_language(const std::string& option);

// The language in use, normalized ("" English), and its catalog (null for English).
const std::string& cli_language();
std::shared_ptr<const i18n::Catalog> cli_catalog();

// Money as this language writes it, in `currency` ("" = the locale's).
MoneyStyle cli_money_style(const std::string& currency);

}  // namespace fd::cli
