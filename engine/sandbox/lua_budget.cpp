#include "lua_budget.hpp"

#include <chrono>
#include <string>

#include "lua_error_location.hpp"
#include "lua_sandbox.hpp"

namespace fd::detail {
namespace {

// Raises the budget's error; the first trip keeps its place and reason.
// `kind` and `amount`: Budget::trip_kind and trip_amount.
[[noreturn]] void trip(lua_State* L, LuaSandbox::Budget& b, const std::string& reason, const char* kind = "",
                       long long amount = 0) {
    if (!b.tripped) {
        b.tripped = true;
        b.trip_kind = kind;
        b.trip_amount = amount;
        ScriptLocation where = innermost_frame(L);
        b.trip_file = where.file;
        b.trip_line = where.line;
        b.trip_reason = reason;
    }
    lua_pushstring(L, b.trip_reason.c_str());
    lua_error(L);
    throw;  // unreachable: lua_error does not return
}

std::string instructions_text(const LuaSandbox* sb) {
    long long n = sb->limits().instructions;
    if (n >= 1'000'000 && n % 1'000'000 == 0) return std::to_string(n / 1'000'000) + " million instructions";
    return std::to_string(n) + " instructions";
}

// The wall-time backstop: only work no instruction count sees (comparing two long
// strings again and again, say) on a machine far slower than any we know reaches it.
void check_backstop(lua_State* L, LuaSandbox* sb) {
    auto& b = sb->budget();
    if (std::chrono::steady_clock::now() > b.deadline)
        trip(L, b, "script ran longer than the " + std::to_string(sb->limits().wall_backstop.count() / 1000) +
                       " s backstop (an endless loop?)",
             "backstop", static_cast<long long>(sb->limits().wall_backstop.count() / 1000));
}

}  // namespace

void budget_hook(lua_State* L, lua_Debug*) {
    LuaSandbox* sb = LuaSandbox::from(L);
    auto& b = sb->budget();
    if (!b.active) return;
    if (b.tripped) trip(L, b, b.trip_reason);
    b.executed += kHookEvery;
    if (b.executed > sb->limits().instructions)
        trip(L, b, "script ran more than " + instructions_text(sb) + " (an endless loop?)", "instructions",
             sb->limits().instructions);
    if (sb->memory_used() > sb->limits().memory_bytes)
        trip(L, b, "script used more than " + std::to_string(sb->limits().memory_bytes >> 20) + " MB of memory", "memory",
             static_cast<long long>(sb->limits().memory_bytes >> 20));
    check_backstop(L, sb);
}

void charge(lua_State* L, LuaSandbox* sb, long long units, const char* what, const char* hint) {
    auto& b = sb->budget();
    if (!b.active) return;
    if (b.tripped) trip(L, b, b.trip_reason);
    long long limit = sb->limits().instructions;
    b.executed = units > limit - b.executed ? limit + 1 : b.executed + units;  // never overflows
    if (b.executed > limit)
        trip(L, b,
             what ? std::string(what) + " ran the script past its budget of " + instructions_text(sb) + hint
                  : "script ran more than " + instructions_text(sb) + " (an endless loop?)",
             what ? "" : "instructions", limit);
    if (units >= kHookEvery) check_backstop(L, sb);
}
void charge(lua_State* L, long long units) { charge(L, LuaSandbox::from(L), units); }

int rethrow_if_tripped(lua_State* L) {
    auto& b = LuaSandbox::from(L)->budget();
    if (b.tripped) trip(L, b, b.trip_reason);
    return 0;
}

}  // namespace fd::detail
