// print for scripts: one line on stderr per call of print, prefixed with the
// script's file:line, control characters shown escaped (\x1b, \n, ...) so a script
// cannot drive the terminal, and at most SandboxLimits::print_lines lines and
// print_bytes bytes per call into a script, then one "further output suppressed"
// line. Internal to the sandbox.
#pragma once
#include <string>

#include <lua.hpp>

namespace fd::detail {

// The script-facing print.
int script_print(lua_State* L);

// text with control characters (and DEL) written as escapes: \n, \r, \t, else \xNN.
std::string escape_control(const std::string& text);

}  // namespace fd::detail
