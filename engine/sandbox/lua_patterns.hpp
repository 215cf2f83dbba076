// string.find, string.match, string.gmatch and string.gsub for scripts: Lua's
// pattern language, with every step of the matcher charged to the call's budget.
#pragma once
#include <lua.hpp>

namespace fd::detail::pattern {

int find(lua_State* L);
int match(lua_State* L);
int gmatch(lua_State* L);
int gsub(lua_State* L);

}  // namespace fd::detail::pattern
