// Text made safe to put inside HTML, for the reports written as HTML files.
#pragma once
#include <string>

namespace fd {

// &, <, >, " and ' as entities: safe in element text and in quoted attributes.
std::string html_escape(const std::string& s);

}  // namespace fd
