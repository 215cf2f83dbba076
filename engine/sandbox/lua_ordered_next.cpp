#include "lua_ordered_next.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "lua_budget.hpp"

namespace fd::detail {
namespace {

// Weak-keyed: table -> { [1] = its keys in order, [2] = key -> position }.
const char* const kOrderKey = "frontdoor.key_order";

struct KeyRank {
    int kind;          // 0 boolean, 1 number, 2 string, 3 anything else
    double number;     // booleans: 0/1
    std::string text;  // strings
    lua_Integer raw;   // position in the raw order: the tie-breaker
};

KeyRank rank_of(lua_State* L, int index, lua_Integer raw) {
    switch (lua_type(L, index)) {
        case LUA_TBOOLEAN: return {0, static_cast<double>(lua_toboolean(L, index)), {}, raw};
        case LUA_TNUMBER: return {1, lua_tonumber(L, index), {}, raw};
        case LUA_TSTRING: {
            std::size_t len = 0;
            const char* s = lua_tolstring(L, index, &len);
            return {2, 0, std::string(s, len), raw};
        }
        default: return {3, 0, {}, raw};
    }
}

bool before(const KeyRank& a, const KeyRank& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.kind < 2 && a.number != b.number) return a.number < b.number;
    if (a.kind == 2 && a.text != b.text) return a.text < b.text;
    return a.raw < b.raw;
}

// Builds t's order (t at index 1) and leaves the order record on the stack.
void build_order(lua_State* L) {
    lua_newtable(L);  // raw keys
    int raw = lua_gettop(L);
    std::vector<KeyRank> ranks;
    std::size_t bytes = 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        ranks.push_back(rank_of(L, -1, static_cast<lua_Integer>(ranks.size()) + 1));
        bytes += ranks.back().text.size();
        lua_pushvalue(L, -1);
        lua_rawseti(L, raw, static_cast<lua_Integer>(ranks.size()));
    }
    long long n = static_cast<long long>(ranks.size()), log = 1;
    while ((1LL << log) < n) ++log;
    charge(L, 1 + n * log + bytes_cost(bytes));
    std::sort(ranks.begin(), ranks.end(), before);

    lua_createtable(L, 2, 0);  // the record
    int record = lua_gettop(L);
    lua_createtable(L, static_cast<int>(n), 0);  // keys in order
    lua_createtable(L, 0, static_cast<int>(n));  // key -> position
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        lua_rawgeti(L, raw, ranks[i].raw);
        lua_pushvalue(L, -1);
        lua_rawseti(L, record + 1, static_cast<lua_Integer>(i) + 1);
        lua_pushinteger(L, static_cast<lua_Integer>(i) + 1);
        lua_rawset(L, record + 2);
    }
    lua_rawseti(L, record, 2);
    lua_rawseti(L, record, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, kOrderKey);
    lua_pushvalue(L, 1);
    lua_pushvalue(L, record);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    lua_remove(L, raw);
}

// The position of the key at index 2 in the record on top, or 0.
lua_Integer position_of(lua_State* L) {
    lua_rawgeti(L, -1, 2);
    lua_pushvalue(L, 2);
    lua_rawget(L, -2);
    lua_Integer at = lua_tointeger(L, -1);
    lua_pop(L, 2);
    return at;
}

int ordered_next(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    lua_Integer at = 0;
    if (lua_isnil(L, 2)) {
        build_order(L);  // a new walk: the keys may have changed since the last one
    } else {
        lua_getfield(L, LUA_REGISTRYINDEX, kOrderKey);
        lua_pushvalue(L, 1);
        bool known = lua_rawget(L, -2) == LUA_TTABLE;
        lua_remove(L, -2);
        if (known) at = position_of(L);
        if (at == 0) {  // a key added since the walk began (or next called out of the blue)
            lua_pop(L, 1);
            build_order(L);
            at = position_of(L);
            if (at == 0) return luaL_error(L, "invalid key to 'next'");
        }
    }
    lua_rawgeti(L, -1, 1);
    lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
    for (lua_Integer i = at + 1; i <= n; ++i) {
        lua_rawgeti(L, -1, i);
        lua_pushvalue(L, -1);
        if (lua_rawget(L, 1) != LUA_TNIL) return 2;  // key, value (a removed key is skipped)
        lua_pop(L, 2);
    }
    lua_pushnil(L);
    return 1;
}

int ordered_pairs(lua_State* L) {
    luaL_checkany(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {  // as Lua's pairs
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    lua_pushcfunction(L, ordered_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

}  // namespace

void install_ordered_traversal(lua_State* L) {
    lua_newtable(L);
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, kOrderKey);
    lua_pushcfunction(L, ordered_next);
    lua_setglobal(L, "next");
    lua_pushcfunction(L, ordered_pairs);
    lua_setglobal(L, "pairs");
}

}  // namespace fd::detail
