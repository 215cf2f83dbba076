// A diagnostic's detail (diagnostic_detail.hpp) said in the interface's language:
// its formats through tr() (ui_text.hpp), names and Lua's text as written.
#pragma once
#include <string>

#include "diagnostic_detail.hpp"

namespace fd {

std::string tr_detail(const Detail& detail);

}  // namespace fd
