// The interface's own strings, marked for translation where they are drawn:
//   tr("Continue")                      a string
//   trc("menu", "Back")                 a string with a context (one word, two meanings)
//   trn("{n} vote", "{n} votes", n)     a plural; then format_text(..., {{"n", ...}})
// tools/i18n-ui-template extracts them with xgettext into po/ui.pot. The catalog in
// use is the player's language (set_ui_catalog); without one the English is returned.
// The pointers returned stay valid for the program's life.
#pragma once
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "catalog.hpp"

namespace fd {

void set_ui_catalog(std::shared_ptr<const i18n::Catalog> catalog);  // null: English
const i18n::Catalog* ui_catalog();

// Marks a constant for extraction without translating it there: translate it with
// tr() where it is drawn (gettext's N_ idiom).
constexpr const char* N_(const char* english) { return english; }

const char* tr(const char* english);
const char* trc(const char* context, const char* english);
const char* trn(const char* one, const char* many, long n);

// "{name}" placeholders replaced by their values; "{{" is a literal "{". One
// format string per message, so a translation can reorder the words.
std::string format_text(const std::string& pattern, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace fd
