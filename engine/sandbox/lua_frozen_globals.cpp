// Frozen environments (see the header).
#include "lua_frozen_globals.hpp"

#include <string>

namespace fd::detail {
namespace {

// Every environment made in this state, so freeze_environments() can reach them all.
const char* const kEnvironmentsKey = "frontdoor.environments";
// Every chunk loaded, as {function, [3] = its _ENV when frozen}, to find a replaced _ENV.
const char* const kChunksKey = "frontdoor.chunk_environments";
// Weak-keyed: frozen table -> what assigning to it is called ("" globals, "string." ...).
const char* const kFrozenKey = "frontdoor.frozen";

const char* const kLibraries[] = {"string", "table", "math", "utf8", "coroutine", "os"};

void append(lua_State* L, const char* key, int value) {
    value = lua_absindex(L, value);
    lua_getfield(L, LUA_REGISTRYINDEX, key);
    lua_pushvalue(L, value);
    lua_rawseti(L, -2, static_cast<lua_Integer>(lua_rawlen(L, -2)) + 1);
    lua_pop(L, 1);
}

// Raises the error for assigning key 2 of the frozen table whose prefix is on top.
[[noreturn]] void refuse(lua_State* L, const char* prefix) {
    int key = lua_type(L, 2);
    lua_pushvalue(L, 2);  // a copy: lua_tostring converts a number in place
    const char* name = key == LUA_TSTRING || key == LUA_TNUMBER ? lua_tostring(L, -1) : "?";
    const char* what = *prefix ? "" : "global ";
    luaL_error(L,
               "assignment to %s'%s%s' during play: effects and conditions must not keep values between calls "
               "(they run again when exploring and replaying); use a local, or set a flag through effects",
               what, prefix, name);
    throw;  // unreachable: luaL_error does not return
}

int refuse_assignment(lua_State* L) { refuse(L, lua_tostring(L, lua_upvalueindex(1))); }

// The prefix of a frozen table at index t, or null when it is not frozen.
const char* frozen_prefix(lua_State* L, int t) {
    t = lua_absindex(L, t);
    lua_getfield(L, LUA_REGISTRYINDEX, kFrozenKey);
    lua_pushvalue(L, t);
    lua_rawget(L, -2);
    const char* prefix = lua_tostring(L, -1);  // kept alive by the registry
    lua_pop(L, 2);
    return prefix;
}

// Moves the table's contents to a table it reads through, so that every assignment,
// to a new name or an old one, reaches __newindex; protects its metatable.
void freeze_table(lua_State* L, int t, const std::string& prefix) {
    t = lua_absindex(L, t);
    lua_newtable(L);
    int contents = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, contents);
    }
    lua_pushnil(L);
    while (lua_next(L, contents)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_pushnil(L);
        lua_rawset(L, t);
    }
    lua_createtable(L, 0, 3);
    lua_pushvalue(L, contents);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, prefix.c_str());
    lua_pushcclosure(L, refuse_assignment, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, t);
    lua_getfield(L, LUA_REGISTRYINDEX, kFrozenKey);
    lua_pushvalue(L, t);
    lua_pushstring(L, prefix.c_str());
    lua_rawset(L, -3);
    lua_settop(L, contents - 1);
}

void freeze_environment(lua_State* L, int env) {
    env = lua_absindex(L, env);
    if (lua_getmetatable(L, env)) {  // a script's own metatable on its globals stays
        lua_pop(L, 1);
        return;
    }
    for (const char* lib : kLibraries) {
        // Each environment has copies of its own; one the script gave a metatable stays.
        if (lua_getfield(L, env, lib) == LUA_TTABLE && !frozen_prefix(L, -1) &&
            !lua_getmetatable(L, -1))
            freeze_table(L, -1, std::string(lib) + ".");
        lua_settop(L, env);
    }
    freeze_table(L, env, "");
}

}  // namespace

void install_frozen_globals(lua_State* L) {
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kEnvironmentsKey);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kChunksKey);
    lua_newtable(L);
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, kFrozenKey);
}

void record_environment(lua_State* L, int env) { append(L, kEnvironmentsKey, env); }

void record_chunk(lua_State* L, int fn) {
    fn = lua_absindex(L, fn);
    lua_createtable(L, 3, 0);
    lua_pushvalue(L, fn);
    lua_rawseti(L, -2, 1);
    append(L, kChunksKey, -1);
    lua_pop(L, 1);
}

void freeze_environments(lua_State* L) {
    lua_getfield(L, LUA_REGISTRYINDEX, kEnvironmentsKey);
    for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L, -1)); i <= n; ++i) {
        lua_rawgeti(L, -1, i);
        if (!frozen_prefix(L, -1)) freeze_environment(L, -1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    // Each chunk's _ENV as loading left it (a script may set its own while it loads).
    lua_getfield(L, LUA_REGISTRYINDEX, kChunksKey);
    for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L, -1)); i <= n; ++i) {
        lua_rawgeti(L, -1, i);
        if (lua_rawgeti(L, -1, 3) == LUA_TNIL) {
            lua_rawgeti(L, -2, 1);
            if (lua_getupvalue(L, -1, 1)) lua_rawseti(L, -4, 3);  // a main chunk's only upvalue is _ENV
            lua_pop(L, 1);
        }
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

bool restore_chunk_environments(lua_State* L) {
    bool replaced = false;
    lua_getfield(L, LUA_REGISTRYINDEX, kChunksKey);
    for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L, -1)); i <= n; ++i) {
        lua_rawgeti(L, -1, i);
        lua_rawgeti(L, -1, 1);  // the chunk
        if (lua_rawgeti(L, -2, 3) != LUA_TNIL) {  // its _ENV when frozen
            const char* name = lua_getupvalue(L, -2, 1);
            bool same = name && lua_rawequal(L, -1, -2);
            lua_pop(L, name ? 1 : 0);
            if (name && !same) {
                lua_pushvalue(L, -1);
                lua_setupvalue(L, -3, 1);
                replaced = true;
            }
        }
        lua_pop(L, 3);
    }
    lua_pop(L, 1);
    return replaced;
}

int sandbox_rawset(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    if (const char* prefix = frozen_prefix(L, 1)) refuse(L, prefix);
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 1;
}

}  // namespace fd::detail
