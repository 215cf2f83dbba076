// Which language to play in and where its translation is: --lang, the settings,
// else the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); English is the
// scripts' own language and needs no file.
#pragma once
#include <string>
#include <vector>

#include "catalog.hpp"

namespace fd::i18n {

// "es_ES.UTF-8@euro" -> "es_ES"; "C", "POSIX" and "" -> "".
std::string normalized_language(const std::string& locale);
// The first language the environment asks for, normalized ("" none: English).
// LANGUAGE is a colon-separated list, read only when the locale is not C (as gettext does).
std::string system_language();
// True for English (en, en_GB, ...) and "": the scripts' text as written.
bool is_english(const std::string& lang);

// The translations: $FRONTDOOR_PO_DIR when set (a translator's own folder), else the
// first folder that exists of ./po, <exe dir>/../share/frontdoor/po, <exe dir>/../po.
std::string shipped_po_dir(const std::string& argv0 = "");
// The .po for a language in `dir`: es_MX.po, else es.po; "" when none.
std::string po_file_for(const std::string& lang, const std::string& dir);
// The languages shipped in `dir` (the .po files' names), sorted; English is not listed.
std::vector<std::string> shipped_languages(const std::string& dir);

// Why a language cannot be used, as ids and names; language_problem_text words it.
struct LanguageProblem {
    enum class Kind {
        NoTranslation,  // no .po for `language` in the folder `where`
        BrokenFile,     // the .po cannot be read: `detail` is the reader's "FILE:LINE: message"
    };
    Kind kind = Kind::NoTranslation;
    std::string language;  // normalized
    std::string where;
    std::string detail;
};

struct LoadedLanguage {
    std::string language;  // normalized; "" English
    std::string file;      // the .po read, "" for English
    Catalog catalog;
    std::vector<LanguageProblem> errors;
};
LoadedLanguage load_language(const std::string& lang, const std::string& dir);

// A problem in the current interface language (fd::tr): "no translation for 'xx' in
// DIR (English is shown)"; a broken file's report as the reader wrote it (FILE:LINE and
// gettext's own message, like a Lua error's).
std::string language_problem_text(const LanguageProblem& problem);

}  // namespace fd::i18n
