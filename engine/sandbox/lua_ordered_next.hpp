// next and pairs in a fixed order. Lua seeds its string hashing afresh in every
// state, so the raw order of a table's keys changes from run to run; a script
// that walks a table with pairs would then play differently with the same seed
// and the same answers. Keys are visited booleans first, then numbers, then
// strings (byte order); other keys (tables, functions) last, in raw order.
#pragma once
#include <lua.hpp>

namespace fd::detail {

// Replaces the global next and pairs (before scripts' environments copy them).
void install_ordered_traversal(lua_State* L);

}  // namespace fd::detail
