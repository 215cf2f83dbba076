// Frozen environments: once a script has loaded, no call into it may leave state in
// its environment for the next call. Assigning a global, or a field of a library
// table in it (string.x = 1), is an error; so is rawset on any of them; their
// metatables are protected; and a call that replaces a chunk's _ENV has it put back
// and is reported. Internal to the sandbox.
#pragma once
#include <lua.hpp>

namespace fd::detail {

// Creates the registry tables; before any environment is made.
void install_frozen_globals(lua_State* L);

// Records an environment made for scripts, and a chunk (the function a file loads as).
void record_environment(lua_State* L, int env);
void record_chunk(lua_State* L, int fn);

// Freezes every recorded environment that has no metatable of the script's own, and
// the library tables (string, table, math, utf8, coroutine, os) in it; notes each
// chunk's _ENV as it is now.
void freeze_environments(lua_State* L);

// Puts back the _ENV of every chunk noted when freezing, if a call replaced it; true
// when one was.
bool restore_chunk_environments(lua_State* L);

// rawset as Lua's, except on a frozen table: the same error as assigning to it.
int sandbox_rawset(lua_State* L);

}  // namespace fd::detail
