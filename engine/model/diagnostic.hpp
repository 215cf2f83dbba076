// A problem found in a script: where, how bad, a stable code the API page explains.
#pragma once
#include <string>
#include <vector>

#include "diagnostic_codes.hpp"
#include "diagnostic_detail.hpp"

namespace fd {

enum class Severity { Error, Warning };

struct Diagnostic {
    Diagnostic() = default;
    // `detail_`: a plain string is verbatim; say(...) a format the printing layer translates.
    Diagnostic(std::string file_, int line_, Severity severity_, std::string code_, Detail detail_,
               std::string traceback_ = {})
        : file(std::move(file_)), line(line_), severity(severity_), code(std::move(code_)),
          message(detail_.english()), traceback(std::move(traceback_)), detail(std::move(detail_)) {}

    std::string file;
    int line = 0;
    Severity severity = Severity::Error;
    std::string code;  // e.g. FD009, from the table in diagnostic_codes.hpp
    std::string message;    // the detail in English: JSON output, tests and records read this
    std::string traceback;  // a script error's Lua traceback, when there is one
    Detail detail;          // `message` as a format and arguments, for another language

    std::string format() const;  // "FILE:LINE: error: message [FD009]"
};

using Diagnostics = std::vector<Diagnostic>;
bool has_errors(const Diagnostics& d);

// Edits (insert, delete, replace, swap two neighbours) from a to b.
std::size_t edit_distance(const std::string& a, const std::string& b);
// "did you mean 'x'?" for the closest known name, or "" when nothing is close.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& known);
// The same as a detail to append: "; did you mean 'x'?", or an empty detail.
Detail did_you_mean_hint(const std::string& word, const std::vector<std::string>& known);
// The known name closest to `word`: a slip of the keyboard (as did_you_mean), else one
// that `word` abbreviates ("hi" for "high"), else "" when nothing is close.
std::string closest_name(const std::string& word, const std::vector<std::string>& known);
// "unknown WHAT 'word'; did you mean 'x'? (one of: a, b, c)": the message of every
// enumeration error. `closest` overrides the guess (e.g. a synonym) when not empty.
Detail unknown_word(const Detail& what, const std::string& word, const std::vector<std::string>& known,
                    const std::string& closest = {});

}  // namespace fd
