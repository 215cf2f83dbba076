// The budget of one call into a script: instructions, time and memory. The count
// hook charges the script's own instructions; the bounded library functions charge
// the work they do inside one C call. Internal to the sandbox, not part of its API.
#pragma once
#include <cstddef>

#include <lua.hpp>

namespace fd {
class LuaSandbox;

namespace detail {

// The count hook runs every this many instructions. Often enough that a loop of
// instructions that each copy or compare a long string still stops on time.
inline constexpr int kHookEvery = 100;

// The count hook: charges kHookEvery instructions and checks the time and memory.
void budget_hook(lua_State* L, lua_Debug*);

// Work done inside one call of a C function. The count hook only fires between
// Lua instructions, so a library function that does a lot in one call (pattern
// matching, sorting, shifting or copying long lists and strings) would run past
// every limit. Those functions charge what they do here, one unit being about one
// Lua instruction. `what` names the operation for the message (null: a loop).
void charge(lua_State* L, LuaSandbox* sb, long long units, const char* what = nullptr, const char* hint = "");
void charge(lua_State* L, long long units);

// What handling `bytes` bytes of a string costs, in units of charge().
inline long long bytes_cost(std::size_t bytes) { return static_cast<long long>(bytes / 8); }

// Raises the trip again if the budget has tripped, so pcall/xpcall/coroutine.resume
// cannot swallow it.
int rethrow_if_tripped(lua_State* L);

}  // namespace detail
}  // namespace fd
