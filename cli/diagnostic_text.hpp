// A diagnostic as the command line prints it, in its language (cli_language.hpp).
// English: Diagnostic::format() as it always was. Another language: the code's
// meaning from the table, translated, then the detail on its own line, said from its
// format and arguments (diagnostic_detail.hpp): names, ids, field names and Lua's own
// text stay as written; constructor and type words show `in backquotes`.
// FILE:LINE and the code are the same in every language; --format json stays English.
#pragma once
#include <string>

#include "diagnostic.hpp"

namespace fd::cli {

std::string diagnostic_text(const Diagnostic& d);

// The detail alone in the current language (the LSP's message): d.message in English.
std::string diagnostic_detail(const Diagnostic& d);

}  // namespace fd::cli
