// Writes a gettext template (.pot): a header, then one entry per text with its
// "#." context, "#:" file:line, msgctxt (the stable id) and msgid (the English).
#pragma once
#include <string>
#include <vector>

#include "content_text.hpp"

namespace fd::i18n {

// A C-style PO string body: \\, \", \n, \t and other controls escaped; no quotes around it.
std::string po_escape(const std::string& text);

// The whole template. `project` goes in Project-Id-Version. No creation date, so the
// same story always gives the same bytes (the committed template is checked for that).
std::string pot_text(const std::vector<TextEntry>& entries, const std::string& project = "frontdoor");

}  // namespace fd::i18n
