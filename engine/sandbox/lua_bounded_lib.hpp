// Library functions with a bounded cost per call: the host's string, table, utf8,
// os and base functions that do a lot inside one C call, replaced or wrapped so
// that what they do is charged to the call's budget.
#pragma once
#include <lua.hpp>

namespace fd::detail {

// Replaces those functions in L's global tables (before scripts' environments copy them).
void install_bounded_functions(lua_State* L);

}  // namespace fd::detail
