#include "lua_plain_results.hpp"

#include <string>

#include "lua_budget.hpp"
#include "lua_error_location.hpp"
#include "lua_sandbox.hpp"

namespace fd::detail {
namespace {

// Weak-keyed: every table a script gave a metatable -> {file, line} of that setmetatable.
const char* const kMetatablesKey = "frontdoor.metatables";

// setmetatable as Lua's, except that a metatable with __gc is refused (a finalizer
// runs whenever the collector decides, outside any budget: at worst while the host
// reads a table, or when the state is closed) and that it records where each table
// got its metatable, to name that line if such a table is handed to the engine.
int sandbox_setmetatable(lua_State* L) {
    int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) return luaL_error(L, "cannot change a protected metatable");
    if (t == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "setmetatable: __gc is not allowed in scripts (a finalizer would run outside the "
                                 "script's budget)");
        lua_pop(L, 1);
    }
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, kMetatablesKey);
    lua_pushvalue(L, 1);
    if (t == LUA_TTABLE) {
        ScriptLocation where = innermost_frame(L);
        lua_createtable(L, 2, 0);
        lua_pushstring(L, where.file.c_str());
        lua_rawseti(L, -2, 1);
        lua_pushinteger(L, where.line);
        lua_rawseti(L, -2, 2);
    } else {
        lua_pushnil(L);
    }
    lua_rawset(L, -3);
    lua_pop(L, 1);
    return 1;
}

// The engine reads what scripts return (the encounter, effects, plans) with plain
// table reads, outside any budget and protected call: a metamethod there could loop
// or raise where nothing catches it. So every table reachable from a call's results
// must be plain; walking them is charged like instructions. Free when no table in
// this state has ever been given a metatable.
void check_plain_results(lua_State* L, int first, int last) {
    lua_getfield(L, LUA_REGISTRYINDEX, kMetatablesKey);
    int marks = lua_gettop(L);
    lua_pushnil(L);
    if (!lua_next(L, marks)) {
        lua_pop(L, 1);
        return;
    }
    lua_pop(L, 2);
    LuaSandbox* sb = LuaSandbox::from(L);
    lua_newtable(L);  // seen
    int seen = lua_gettop(L);
    lua_newtable(L);  // to visit
    int to_visit = lua_gettop(L);
    lua_Integer pending = 0;
    for (int i = first; i <= last; ++i)
        if (lua_type(L, i) == LUA_TTABLE) {
            lua_pushvalue(L, i);
            lua_rawseti(L, to_visit, ++pending);
        }
    while (pending > 0) {
        lua_rawgeti(L, to_visit, pending);
        lua_pushnil(L);
        lua_rawseti(L, to_visit, pending--);
        int t = lua_gettop(L);
        lua_pushvalue(L, t);
        if (lua_rawget(L, seen) != LUA_TNIL) {
            lua_pop(L, 2);
            continue;
        }
        lua_pop(L, 1);
        lua_pushvalue(L, t);
        lua_pushboolean(L, 1);
        lua_rawset(L, seen);
        if (lua_getmetatable(L, t)) {
            lua_pop(L, 1);
            const char* message =
                "the engine was given a table with a metatable (set here): encounters, effects, campaigns and test "
                "plans must be plain tables";
            lua_pushvalue(L, t);
            if (lua_rawget(L, marks) == LUA_TTABLE) {
                lua_rawgeti(L, -1, 1);
                lua_rawgeti(L, -2, 2);
                std::string file = lua_tostring(L, -2) ? lua_tostring(L, -2) : "";
                if (!file.empty()) sb->raise_at(L, file, static_cast<int>(lua_tointeger(L, -1)), message);
            }
            lua_pushstring(L, message);
            lua_error(L);
        }
        long long entries = 1;
        lua_pushnil(L);
        while (lua_next(L, t)) {
            ++entries;
            if (lua_type(L, -1) == LUA_TTABLE) {
                lua_pushvalue(L, -1);
                lua_rawseti(L, to_visit, ++pending);
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        charge(L, sb, entries);
    }
    lua_settop(L, marks - 1);
}

}  // namespace

// Runs the function below it and checks its results (see check_plain_results).
// Stack: nresults, function, arguments.
int checked_call(lua_State* L) {
    int nresults = static_cast<int>(lua_tointeger(L, 1));
    lua_remove(L, 1);
    lua_call(L, lua_gettop(L) - 1, nresults);
    check_plain_results(L, 1, lua_gettop(L));
    return lua_gettop(L);
}

void install_setmetatable(lua_State* L) {
    lua_pushglobaltable(L);
    lua_pushcfunction(L, sandbox_setmetatable);
    lua_setfield(L, -2, "setmetatable");
    lua_pop(L, 1);

    lua_newtable(L);
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, kMetatablesKey);
}

}  // namespace fd::detail
