// Metatables the engine could trip over: the engine reads what scripts return with
// plain table reads, so those results must be tables without metatables.
#pragma once
#include <lua.hpp>

namespace fd::detail {

// Sets the global setmetatable to the sandbox's own (it refuses __gc and records
// where each table got its metatable) and makes the registry table it records into.
void install_setmetatable(lua_State* L);

// Runs the function below it and checks that no table reachable from its results
// has a metatable. Stack: nresults, function, arguments.
int checked_call(lua_State* L);

}  // namespace fd::detail
