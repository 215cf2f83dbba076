#include "lua_budget.hpp"

#include <chrono>
#include <string>

#include "lua_sandbox.hpp"

namespace fd::detail {
namespace {

// Raises the budget's error; the first trip keeps its place and reason.
[[noreturn]] void trip(lua_State* L, LuaSandbox::Budget& b, const std::string& reason) {
    if (!b.tripped) {
        b.tripped = true;
        b.trip_where = innermost_location(L);
        b.trip_reason = reason;
    }
    lua_pushstring(L, (b.trip_where.empty() ? b.trip_reason : b.trip_where + ": " + b.trip_reason).c_str());
    lua_error(L);
    throw;  // unreachable: lua_error does not return
}

std::string instructions_text(const LuaSandbox* sb) {
    long long n = sb->limits().instructions;
    if (n >= 1'000'000 && n % 1'000'000 == 0) return std::to_string(n / 1'000'000) + " million instructions";
    return std::to_string(n) + " instructions";
}

}  // namespace

void budget_hook(lua_State* L, lua_Debug*) {
    LuaSandbox* sb = LuaSandbox::from(L);
    auto& b = sb->budget();
    if (!b.active) return;
    if (b.tripped) trip(L, b, b.trip_reason);
    b.executed += kHookEvery;
    if (b.executed > sb->limits().instructions)
        trip(L, b, "script ran more than " + instructions_text(sb) + " (an endless loop?)");
    if (std::chrono::steady_clock::now() > b.deadline)
        trip(L, b, "script ran longer than " + std::to_string(sb->limits().time.count()) +
                       " ms (an endless loop?)");
    if (sb->memory_used() > sb->limits().memory_bytes)
        trip(L, b, "script used more than " + std::to_string(sb->limits().memory_bytes >> 20) + " MB of memory");
}

void charge(lua_State* L, LuaSandbox* sb, long long units, const char* what, const char* hint) {
    auto& b = sb->budget();
    if (!b.active) return;
    if (b.tripped) trip(L, b, b.trip_reason);
    long long limit = sb->limits().instructions;
    b.executed = units > limit - b.executed ? limit + 1 : b.executed + units;  // never overflows
    if (b.executed > limit)
        trip(L, b, what ? std::string(what) + " ran the script past its budget of " + instructions_text(sb) + hint
                        : "script ran more than " + instructions_text(sb) + " (an endless loop?)");
    if (units >= kHookEvery && std::chrono::steady_clock::now() > b.deadline)
        trip(L, b, what ? std::string(what) + " ran past the script's time limit of " +
                              std::to_string(sb->limits().time.count()) + " ms" + hint
                        : "script ran longer than " + std::to_string(sb->limits().time.count()) +
                              " ms (an endless loop?)");
}
void charge(lua_State* L, long long units) { charge(L, LuaSandbox::from(L), units); }

int rethrow_if_tripped(lua_State* L) {
    auto& b = LuaSandbox::from(L)->budget();
    if (b.tripped) trip(L, b, b.trip_reason);
    return 0;
}

}  // namespace fd::detail
