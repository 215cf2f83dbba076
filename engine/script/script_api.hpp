// The constructors designers call in scripts (encounter, decision, answer, ...).
// Each returns its table unchanged and remembers its kind and the line it was
// called from, so the loader can name FILE:LINE for every beat and answer.
#pragma once
#include <string>

#include <lua.hpp>

namespace fd {

class LuaSandbox;

void register_script_api(LuaSandbox& sandbox);

struct ConstructorMark {
    std::string kind;  // "" when the table was not made by a constructor
    int line = 0;
};
ConstructorMark constructor_mark(lua_State* L, int index);

// Lines of every constructor call seen so far in this sandbox (for SourceLines).
template <class Fn>
void for_each_constructor_line(lua_State* L, Fn fn) {
    lua_getfield(L, LUA_REGISTRYINDEX, "frontdoor.marks");
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_getfield(L, -1, "line");
        fn(static_cast<int>(lua_tointeger(L, -1)));
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

}  // namespace fd
