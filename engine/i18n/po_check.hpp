// What `frontdoor i18n check LANG` reports about a translation: entries missing or
// fuzzy, texts over the layout's length limit (the template's "At most N
// characters"), placeholders that differ from the English ({name}, and printf's
// %s/%d in c-format entries), and characters the game's fonts cannot draw.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "po_reader.hpp"

namespace fd::i18n {

// A problem as a kind and its values; the command line words it in the translator's
// language (cmd_i18n_check.cpp), keeping FILE:LINE and the kind.
struct PoProblem {
    std::string file;
    int line = 0;
    std::string kind;    // stable, shown as is: "missing", "fuzzy", "too long", "placeholder", "font", "read"
    std::string reason;  // which wording: "untranslated", "not in po", "fuzzy", "too long", "placeholder",
                         // "font right-to-left", "font", "read"
    std::string id;      // msgctxt, else the msgid
    std::vector<std::pair<std::string, std::string>> args;  // the wording's {placeholders}, by reason (po_check.cpp)
    // "FILE:LINE: error: [kind] id: reason (name=value, ...)": for logs and tests, not for translators.
    std::string format() const;
};

// `templates`: the .pot files the translation should cover; an entry of theirs that
// the .po lacks altogether is missing too (named at the template's line).
std::vector<PoProblem> check_po(const PoFile& po, const std::vector<PoFile>& templates = {});

// The placeholders of a text: "{name}" always, printf's "%s", "%d", "%1$s"... when
// `printf` (c-format). Sorted, one per occurrence.
std::vector<std::string> placeholders(const std::string& text, bool printf);
// Characters, not bytes, of a UTF-8 text.
std::size_t utf8_length(const std::string& text);
// The "At most N characters" of an entry's comments; 0 none.
std::size_t length_limit(const std::string& comments);

}  // namespace fd::i18n
