// A problem found in a script: where, how bad, a stable code the API page explains.
#pragma once
#include <string>
#include <vector>

#include "diagnostic_codes.hpp"

namespace fd {

enum class Severity { Error, Warning };

struct Diagnostic {
    Diagnostic() = default;
    Diagnostic(std::string file_, int line_, Severity severity_, std::string code_, std::string message_,
               std::string traceback_ = {})
        : file(std::move(file_)), line(line_), severity(severity_), code(std::move(code_)),
          message(std::move(message_)), traceback(std::move(traceback_)) {}

    std::string file;
    int line = 0;
    Severity severity = Severity::Error;
    std::string code;  // e.g. FD009, from the table in diagnostic_codes.hpp
    std::string message;
    std::string traceback;  // a script error's Lua traceback, when there is one

    std::string format() const;  // "FILE:LINE: error: message [FD009]"
};

using Diagnostics = std::vector<Diagnostic>;
bool has_errors(const Diagnostics& d);

// "did you mean 'x'?" for the closest known name, or "" when nothing is close.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& known);

}  // namespace fd
