// The budget of one call into a script: instructions and memory, and a far wall-time
// backstop. The count hook charges the script's own instructions; the bounded library
// functions charge the work they do inside one C call, and the allocator charges large
// allocations. Internal to the sandbox, not part of its API.
#pragma once
#include <cstddef>

#include <lua.hpp>

namespace fd {
class LuaSandbox;

namespace detail {

// The count hook runs every this many instructions. Often enough that a loop of
// instructions that each build a long string (charged by the allocator) stops soon
// after its budget runs out.
inline constexpr int kHookEvery = 100;

// The count hook: charges kHookEvery instructions and checks memory and the backstop.
void budget_hook(lua_State* L, lua_Debug*);

// Work done inside one call of a C function. The count hook only fires between
// Lua instructions, so a library function that does a lot in one call (pattern
// matching, sorting, shifting or copying long lists and strings) would run past
// every limit. Those functions charge what they do here, one unit being about one
// Lua instruction. `what` names the operation for the message (null: a loop).
void charge(lua_State* L, LuaSandbox* sb, long long units, const char* what = nullptr, const char* hint = "");
void charge(lua_State* L, long long units);

// A coroutine yield, or an error a pcall catches, unwinds the C++ stack (Lua is built
// as C++: both are exceptions). Measured, one unwind takes as long as a few thousand
// instructions (more under the sanitizers), so it is charged as that many: a loop of
// them ends by the count, long before the wall-time backstop, on any machine.
inline constexpr long long kUnwindCost = 2000;

// What handling `bytes` bytes of a string costs, in units of charge().
inline long long bytes_cost(std::size_t bytes) { return static_cast<long long>(bytes / 8); }

// Allocations of at least this many bytes are charged (bytes_cost of their size): long
// strings and the arrays of growing tables, which one instruction can make. Smaller
// ones are bounded by the instructions that make them, and charging them would make
// the budget depend on when the collector frees short strings.
inline constexpr std::size_t kChargedAllocation = 256;

// Raises the trip again if the budget has tripped, so pcall/xpcall/coroutine.resume
// cannot swallow it.
int rethrow_if_tripped(lua_State* L);

}  // namespace detail
}  // namespace fd
