// A problem found in a script: where, how bad, a stable code the API page explains.
#pragma once
#include <string>
#include <vector>

namespace fd {

enum class Severity { Error, Warning };

struct Diagnostic {
    std::string file;
    int line = 0;
    Severity severity = Severity::Error;
    std::string code;  // e.g. FD009
    std::string message;

    std::string format() const;  // "FILE:LINE: error: message [FD009]"
};

using Diagnostics = std::vector<Diagnostic>;
bool has_errors(const Diagnostics& d);

// "did you mean 'x'?" for the closest known name, or "" when nothing is close.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& known);

}  // namespace fd
