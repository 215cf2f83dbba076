#include "script_calls.hpp"

#include "rng.hpp"
#include "table_reader.hpp"

namespace fd {
namespace {

void push_flags(lua_State* L, const Flags& flags) {
    lua_createtable(L, 0, static_cast<int>(flags.size()));
    for (const auto& [k, v] : flags) {
        if (auto b = std::get_if<bool>(&v))
            lua_pushboolean(L, *b);
        else if (auto d = std::get_if<double>(&v))
            lua_pushnumber(L, *d);
        else
            lua_pushstring(L, std::get<std::string>(v).c_str());
        lua_setfield(L, -2, k.c_str());
    }
}

int state_random(lua_State* L) {
    auto* seed = static_cast<std::uint64_t*>(lua_touserdata(L, lua_upvalueindex(1)));
    lua_Integer lo = luaL_checkinteger(L, 1);
    lua_Integer hi = luaL_optinteger(L, 2, lo);
    if (lua_gettop(L) < 2) lo = 1;
    luaL_argcheck(L, lo <= hi, 2, "random(a, b) needs a <= b");
    Rng rng(*seed);
    lua_pushinteger(L, rng.between(lo, hi));
    *seed = rng.state();
    return 1;
}

void push_view(lua_State* L, SessionState& s) {
    lua_createtable(L, 0, 10);
    lua_pushinteger(L, s.customer.trust);
    lua_setfield(L, -2, "trust");
    lua_pushinteger(L, s.customer.wall);
    lua_setfield(L, -2, "wall");
    lua_pushstring(L, s.customer.mood.c_str());
    lua_setfield(L, -2, "mood");
    lua_pushinteger(L, s.business.money);
    lua_setfield(L, -2, "money");
    lua_pushinteger(L, s.business.reputation);
    lua_setfield(L, -2, "reputation");
    push_flags(L, s.flags);
    lua_setfield(L, -2, "flags");
    push_flags(L, s.story);
    lua_setfield(L, -2, "story");
    lua_createtable(L, 0, static_cast<int>(s.outcomes.size()));
    for (const auto& [k, v] : s.outcomes) {
        lua_pushstring(L, v.c_str());
        lua_setfield(L, -2, k.c_str());
    }
    lua_setfield(L, -2, "outcomes");
    lua_pushlightuserdata(L, &s.rng);
    lua_pushcclosure(L, state_random, 1);
    lua_setfield(L, -2, "random");
}

// Pushes the function and the view; returns where the function was written.
std::pair<std::string, int> prepare(LuaSandbox& sb, int ref, SessionState& s) {
    lua_State* L = sb.L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    int line = 0;
    std::string file = LuaSandbox::describe_function(L, -1, &line);
    push_view(L, s);
    return {file, line};
}

}  // namespace

Effects resolve_effects(LuaSandbox& sb, const Effects& fx, SessionState& s) {
    if (!fx.is_function()) return fx;
    lua_State* L = sb.L();
    auto [file, line] = prepare(sb, fx.function_ref, s);
    sb.call(1, 1);
    Effects out;
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return out;
    }
    if (!lua_istable(L, -1)) {
        std::string type = luaL_typename(L, -1);
        lua_pop(L, 1);
        throw ScriptError(file, line, "an effects function must return a table of effects (or nil), not a " + type);
    }
    std::string problems;
    Complaint first = [&](const std::string&, const std::string&, const std::string& msg) {
        if (problems.empty()) problems = msg;
    };
    parse_effects(L, -1, out, first);
    lua_pop(L, 1);
    check_flags_room(s.flags, out.flags, "flags", first);
    check_flags_room(s.story, out.story, "story", first);
    if (!problems.empty()) throw ScriptError(file, line, "the effects this function returned: " + problems);
    return out;
}

bool evaluate_condition(LuaSandbox& sb, int ref, SessionState& s) {
    lua_State* L = sb.L();
    prepare(sb, ref, s);
    sb.call(1, 1);
    bool result = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return result;
}

std::optional<std::string> call_stage_next(LuaSandbox& sb, int ref, SessionState& s) {
    lua_State* L = sb.L();
    auto [file, line] = prepare(sb, ref, s);
    sb.call(1, 1);
    std::optional<std::string> next;
    if (lua_type(L, -1) == LUA_TSTRING)
        next = lua_tostring(L, -1);
    else if (!lua_isnil(L, -1)) {
        std::string type = luaL_typename(L, -1);
        lua_pop(L, 1);
        throw ScriptError(file, line, "a stage's next function must return a stage id or nil, not a " + type);
    }
    lua_pop(L, 1);
    return next;
}

}  // namespace fd
