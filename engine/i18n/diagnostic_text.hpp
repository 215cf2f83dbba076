// A diagnostic as the command line prints it and the window shows it, in the
// interface's language (ui_text.hpp: --lang, the settings, else the system locale).
// English: Diagnostic::format() as it always was. Another language: the code's
// meaning from the table, translated, then the detail on its own line, said from its
// format and arguments (diagnostic_detail.hpp): names, ids, field names and Lua's own
// text stay as written; constructor and type words show `in backquotes`.
// FILE:LINE and the code are the same in every language; --format json stays English.
#pragma once
#include <string>

#include "diagnostic.hpp"

namespace fd {

std::string diagnostic_text(const Diagnostic& d);

// Each error (not the warnings) as diagnostic_text, a line each: what the window shows.
std::string errors_text(const Diagnostics& d);

// The detail alone in the current language (the LSP's message): d.message in English.
std::string diagnostic_detail(const Diagnostic& d);

}  // namespace fd
