// A diagnostic as the command line prints it, in its language (cli_language.hpp).
// English: Diagnostic::format() as it always was. Another language: the code's
// meaning from the table, translated, then the English detail on its own line (the
// checks build their details with names from the script; they are not translated).
// FILE:LINE and the code are the same in every language; --format json stays English.
#pragma once
#include <string>

#include "diagnostic.hpp"

namespace fd::cli {

std::string diagnostic_text(const Diagnostic& d);

}  // namespace fd::cli
