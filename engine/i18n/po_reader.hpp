// Reads a .po file with gettext's own parser (libgettextpo): the one reader for the
// game, `frontdoor run --lang` and `frontdoor i18n check`. A bad file gives errors
// naming FILE:LINE, never a crash.
#pragma once
#include <string>
#include <vector>

namespace fd::i18n {

struct PoEntry {
    std::string context;                  // msgctxt ("" none)
    std::string english;                  // msgid
    std::string english_plural;           // msgid_plural ("" none)
    std::vector<std::string> translated;  // msgstr, or msgstr[0..n-1] with a plural
    bool fuzzy = false;
    bool obsolete = false;
    bool c_format = false;                // "#, c-format"
    std::string comments;                 // the "#." lines, joined by \n
    int line = 0;                         // of the entry's msgid in the .po
};

struct PoFile {
    std::string path;
    std::string language;        // the header's Language:
    std::string plural_forms;    // the header's Plural-Forms:
    std::vector<PoEntry> entries;  // without the header, in file order
    std::vector<std::string> errors;  // "FILE:LINE: message"; entries are empty when any
    bool ok() const { return errors.empty(); }
};

PoFile read_po(const std::string& path);

}  // namespace fd::i18n
