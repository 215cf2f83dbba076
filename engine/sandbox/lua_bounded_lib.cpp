#include "lua_bounded_lib.hpp"

#include <algorithm>
#include <climits>
#include <cstring>
#include <string>

#include "lua_budget.hpp"
#include "lua_patterns.hpp"
#include "lua_plain_results.hpp"
#include "lua_sandbox.hpp"

namespace fd::detail {
namespace {

enum class Cost {
    Results,     // charged after the call: the strings and values it produced
    Format,      // string.format and pack: every string argument is read a byte at a time (%q
                 // escapes each one, at about 4 instructions' time a byte), charged before the call
    StringArgs,  // charged before the call: the strings it must read
    Sort,        // n log n comparisons
    Insert,      // table.insert in the middle: the elements moved up
    Remove,      // table.remove in the middle: the elements moved down
    Move,        // table.move: the elements copied
    Concat,      // table.concat: the elements joined (and then the result)
    Utf8Len,     // utf8.len: the characters counted (its result)
    Utf8Offset,  // utf8.offset: the characters stepped over
    Unwind,      // coroutine.yield: unwinding the stack (kUnwindCost)
};

// 1 + (last - first), for first <= last, without overflow.
long long span(lua_Integer first, lua_Integer last) {
    lua_Unsigned d = static_cast<lua_Unsigned>(last) - static_cast<lua_Unsigned>(first);
    return d >= static_cast<lua_Unsigned>(LLONG_MAX / 4) ? LLONG_MAX / 4 : 1 + static_cast<long long>(d);
}

long long results_cost(lua_State* L, int n) {
    long long units = 1 + n;
    for (int i = lua_gettop(L) - n + 1; i <= lua_gettop(L); ++i)
        if (lua_type(L, i) == LUA_TSTRING) units += bytes_cost(lua_rawlen(L, i));
    return units;
}

// Calls the library function in this same frame (none of the wrapped functions
// uses upvalues), so argument errors still name the function as the script called it.
template <Cost C>
int charged(lua_State* L) {
    auto original = lua_tocfunction(L, lua_upvalueindex(1));
    LuaSandbox* sb = LuaSandbox::from(L);
    switch (C) {
        case Cost::StringArgs: {
            long long units = 1;
            for (int i = 1; i <= lua_gettop(L); ++i)
                if (lua_type(L, i) == LUA_TSTRING) units += bytes_cost(lua_rawlen(L, i));
            charge(L, sb, units);
            return original(L);
        }
        case Cost::Sort: {
            if (lua_type(L, 1) == LUA_TTABLE) {
                long long n = static_cast<long long>(lua_rawlen(L, 1)), log = 1;
                while ((1LL << log) < n) ++log;
                std::string what = "table.sort: sorting " + std::to_string(n) + " elements";
                charge(L, sb, n * log, what.c_str());
            }
            return original(L);
        }
        case Cost::Insert:
        case Cost::Remove: {
            // insert(t, pos, v) moves t[pos..n] up; remove(t, pos) moves t[pos+1..n] down.
            int isint = 0;
            lua_Integer pos = lua_tointegerx(L, 2, &isint);
            bool shifts = C == Cost::Insert ? lua_gettop(L) == 3 : lua_gettop(L) >= 2;
            if (lua_type(L, 1) == LUA_TTABLE && shifts && isint) {
                auto n = static_cast<lua_Integer>(lua_rawlen(L, 1));
                if (pos >= 1 && pos <= n) charge(L, sb, span(pos, n));
            }
            return original(L);
        }
        case Cost::Utf8Len: {
            int n = original(L);
            lua_Integer counted = lua_tointeger(L, -n);  // the length, or nil and the failing position
            if (n == 2) counted = lua_tointeger(L, -1);
            charge(L, sb, 1 + counted / 2);
            return n;
        }
        case Cost::Utf8Offset: {
            lua_Integer steps = luaL_optinteger(L, 2, 0);
            charge(L, sb, 1 + (steps < 0 ? (steps == LUA_MININTEGER ? LUA_MAXINTEGER : -steps) : steps) / 2);
            return original(L);
        }
        case Cost::Move: {
            int fok = 0, eok = 0;
            lua_Integer f = lua_tointegerx(L, 2, &fok), e = lua_tointegerx(L, 3, &eok);
            if (fok && eok && e >= f && (f > 0 || e < LUA_MAXINTEGER + f)) {
                std::string what = "table.move: moving " + std::to_string(span(f, e)) + " elements";
                charge(L, sb, span(f, e), what.c_str());
            }
            return original(L);
        }
        case Cost::Concat: {
            if (lua_type(L, 1) == LUA_TTABLE) {
                lua_Integer i = luaL_optinteger(L, 3, 1);
                lua_Integer j = luaL_optinteger(L, 4, static_cast<lua_Integer>(lua_rawlen(L, 1)));
                // One call joins at most what fits in memory: it is the loops around it that run long.
                if (i <= j) charge(L, sb, 2 * span(i, j));
            }
            int n = original(L);
            charge(L, sb, results_cost(L, n));
            return n;
        }
        case Cost::Format: {
            long long units = 1;
            for (int i = 1; i <= lua_gettop(L); ++i)
                if (lua_type(L, i) == LUA_TSTRING) units += 4 * static_cast<long long>(lua_rawlen(L, i));
            charge(L, sb, units, "string.format or pack: reading the arguments");
            int n = original(L);
            charge(L, sb, results_cost(L, n));
            return n;
        }
        case Cost::Unwind: {
            charge(L, sb, kUnwindCost);
            return original(L);
        }
        case Cost::Results: {
            int n = original(L);
            charge(L, sb, results_cost(L, n));
            return n;
        }
    }
    return 0;
}

// string.rep as Lua's, but built by doubling: a few long copies instead of n short
// ones. Lua's loop copies nothing 2^63 times for string.rep("", math.maxinteger).
int string_rep(lua_State* L) {
    std::size_t l = 0, lsep = 0;
    const char* s = luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    const char* sep = luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    const std::size_t max = INT_MAX;  // lstrlib's MAXSIZE
    if (l + lsep < l || l + lsep > max / static_cast<std::size_t>(n))
        return luaL_error(L, "resulting string too large");
    std::size_t unit = l + lsep, body = static_cast<std::size_t>(n - 1) * unit, total = body + l;
    luaL_Buffer b;
    char* p = luaL_buffinitsize(L, &b, total);
    if (body > 0) {
        std::memcpy(p, s, l);
        std::memcpy(p + l, sep, lsep);
        for (std::size_t filled = unit; filled < body;) {
            std::size_t chunk = std::min(filled, body - filled);
            std::memcpy(p + filled, p, chunk);
            filled += chunk;
        }
    }
    std::memcpy(p + body, s, l);
    luaL_pushresultsize(&b, total);
    charge(L, LuaSandbox::from(L), 1 + bytes_cost(total));
    return 1;
}

// Replaces table[name] (a C function) with its charged wrapper.
void wrap_field(lua_State* L, int table, const char* name, lua_CFunction wrapper) {
    table = lua_absindex(L, table);
    if (lua_getfield(L, table, name) != LUA_TFUNCTION || !lua_iscfunction(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    lua_pushcclosure(L, wrapper, 1);
    lua_setfield(L, table, name);
}

}  // namespace

void install_bounded_functions(lua_State* L) {
    lua_getglobal(L, "string");
    int str = lua_gettop(L);
    lua_pushcfunction(L, pattern::find);
    lua_setfield(L, str, "find");
    lua_pushcfunction(L, pattern::match);
    lua_setfield(L, str, "match");
    lua_pushcfunction(L, pattern::gmatch);
    lua_setfield(L, str, "gmatch");
    lua_pushcfunction(L, pattern::gsub);
    lua_setfield(L, str, "gsub");
    lua_pushcfunction(L, string_rep);
    lua_setfield(L, str, "rep");
    for (const char* f : {"upper", "lower", "reverse", "sub", "byte", "char"})
        wrap_field(L, str, f, charged<Cost::Results>);
    for (const char* f : {"format", "pack", "packsize", "unpack"}) wrap_field(L, str, f, charged<Cost::Format>);
    // Scripts' method calls ("x"):find(...) index this same table; string.dump stays out of reach.
    lua_pushnil(L);
    lua_setfield(L, str, "dump");
    lua_pop(L, 1);

    // Arithmetic on strings ("10" + 1) converts them in C, in the string metatable.
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    for (const char* f : {"__add", "__sub", "__mul", "__mod", "__pow", "__div", "__idiv", "__unm"})
        wrap_field(L, -1, f, charged<Cost::StringArgs>);
    lua_pop(L, 2);

    lua_getglobal(L, "table");
    wrap_field(L, -1, "sort", charged<Cost::Sort>);
    wrap_field(L, -1, "insert", charged<Cost::Insert>);
    wrap_field(L, -1, "remove", charged<Cost::Remove>);
    wrap_field(L, -1, "move", charged<Cost::Move>);
    wrap_field(L, -1, "concat", charged<Cost::Concat>);
    wrap_field(L, -1, "unpack", charged<Cost::Results>);
    lua_pop(L, 1);

    lua_getglobal(L, "utf8");
    wrap_field(L, -1, "len", charged<Cost::Utf8Len>);
    wrap_field(L, -1, "offset", charged<Cost::Utf8Offset>);
    wrap_field(L, -1, "char", charged<Cost::Results>);
    wrap_field(L, -1, "codepoint", charged<Cost::Results>);
    lua_pop(L, 1);

    lua_getglobal(L, "coroutine");
    wrap_field(L, -1, "yield", charged<Cost::Unwind>);
    lua_pop(L, 1);

    lua_getglobal(L, "os");
    wrap_field(L, -1, "date", charged<Cost::Results>);
    lua_pop(L, 1);

    // tonumber reads its string; rawequal compares two long strings byte by byte;
    // select and tostring hand back what they were given, charged by its size.
    lua_pushglobaltable(L);
    wrap_field(L, -1, "tonumber", charged<Cost::StringArgs>);
    wrap_field(L, -1, "rawequal", charged<Cost::StringArgs>);
    wrap_field(L, -1, "select", charged<Cost::Results>);
    wrap_field(L, -1, "tostring", charged<Cost::Results>);
    lua_pop(L, 1);

    install_setmetatable(L);
}

}  // namespace fd::detail
