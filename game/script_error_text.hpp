// The details of a script error as the window's error dialog shows them, in the
// player's language: the engine's own words (the budget's limits, "at beat ...")
// translated; the file:line, the diagnostic code and Lua's own message as they are.
#pragma once
#include <string>

#include "script_error.hpp"

namespace fdg {

// "FILE:LINE: script ran more than 10 million instructions (an endless loop?) (at beat
// 'ask') [FD001]": the same as e.with_code() in English.
std::string script_error_details(const fd::ScriptError& e);

}  // namespace fdg
