// A diagnostic's detail ("encounter has no 'beats'") kept as an English format with
// named arguments, so the printing layer can say it in the designer's language:
//   say(N_("{what} has no '{field}'"), {{"what", code_word("encounter")}, {"field", "beats"}})
// Formats are marked N_() (diagnostic_codes.hpp) and translated with tr() where printed.
// An argument is itself a detail: a name, number or Lua's text is verbatim (never
// translated); a word the designer types (a constructor or field name) is a code word,
// shown `in backquotes` in a translation; our own words are formats of their own.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace fd {

struct DetailArg;

struct Detail {
    enum class Kind { Verbatim, CodeWord, Format };

    Detail() = default;
    Detail(std::string verbatim) : text(std::move(verbatim)) {}  // NOLINT: a plain string is verbatim
    Detail(const char* verbatim) : text(verbatim) {}              // NOLINT

    Kind kind = Kind::Verbatim;
    std::string text;  // the English format, the code word, or the verbatim text
    std::vector<DetailArg> args;

    // The English text: what Diagnostic::message holds.
    std::string english() const;
    // Said with `translate` (English format in, translated format out); code words in backquotes.
    std::string said(const std::function<std::string(const std::string&)>& translate) const;
};

struct DetailArg {
    std::string name;
    Detail value;
};

// A format (marked N_) with its named arguments.
Detail say(const char* format, std::vector<DetailArg> args = {});
// A word the designer types in a script (`encounter`, `answer`, `string`): never translated.
Detail code_word(std::string word);

}  // namespace fd
