// ScriptHost's calls into script functions: effects, route conditions and
// campaign routing. Each sees a fresh read-only view of the state.
#include "script_host.hpp"

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

// What s.random reads: the session's seed during the call that received the view,
// null afterwards (a script that kept s.random gets an error, never a stale pointer).
struct RandomToken {
    std::uint64_t* seed;
};

int state_random(lua_State* L) {
    auto* token = static_cast<RandomToken*>(lua_touserdata(L, lua_upvalueindex(1)));
    if (!token->seed) return luaL_error(L, "s.random can only be used during the call that received it");
    lua_Integer lo = luaL_checkinteger(L, 1);
    lua_Integer hi = luaL_optinteger(L, 2, lo);
    if (lua_gettop(L) < 2) lo = 1;
    luaL_argcheck(L, lo <= hi, 2, "random(a, b) needs a <= b");
    Rng rng(*token->seed);
    lua_pushinteger(L, rng.between(lo, hi));
    *token->seed = rng.state();
    return 1;
}

// `token`: the stack index of this call's RandomToken.
void push_view(lua_State* L, SessionState& s, int token) {
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
    lua_pushvalue(L, token);
    lua_pushcclosure(L, state_random, 1);
    lua_setfield(L, -2, "random");
}

// One call into a script: pushes the token, the function and the view; on leaving
// (returned or thrown) the token is void and the stack as it was. The token stays on
// the stack below the call, so it lives until then whatever the script does.
class Call {
public:
    Call(LuaSandbox& sb, int lua_ref, SessionState& s) : sb_(sb), L_(sb.L()), base_(lua_gettop(L_)) {
        token_ = static_cast<RandomToken*>(lua_newuserdatauv(L_, sizeof(RandomToken), 0));
        token_->seed = &s.rng;
        lua_rawgeti(L_, LUA_REGISTRYINDEX, lua_ref);
        push_view(L_, s, base_ + 1);
    }
    ~Call() {
        token_->seed = nullptr;
        lua_settop(L_, base_);
    }
    Call(const Call&) = delete;
    Call& operator=(const Call&) = delete;

    // Calls the function; its one result is on top of the stack.
    lua_State* run() {
        sb_.call(1, 1);
        return L_;
    }

private:
    LuaSandbox& sb_;
    lua_State* L_;
    int base_;
    RandomToken* token_;
};

}  // namespace

template <class Fn>
auto ScriptHost::located(ScriptRef ref, const CallSite& at, Fn fn) {
    const Kept& k = kept(ref);
    try {
        return fn(k);
    } catch (const ScriptError& e) {
        if (e.line() > 0) throw e.at(std::string(at.beat), std::string(at.stage));
        // No line from the engine (a library function used directly, an error value that
        // is not a message): the function's definition, or where the story names it.
        ScriptError here(k.file, k.line, e.cause(), e.traceback(), e.code());
        here.set_reason(e.reason(), e.reason_amount());
        throw here.at(std::string(at.beat), std::string(at.stage));
    }
}

Effects ScriptHost::resolve_effects(const Effects& fx, SessionState& s, const CallSite& at) {
    if (!fx.is_function()) return fx;
    return located(fx.function, at, [&](const Kept& k) {
        Call call(*k.sandbox, k.lua_ref, s);
        lua_State* L = call.run();
        Effects out;
        if (lua_isnil(L, -1)) return out;
        if (!lua_istable(L, -1))
            throw ScriptError(k.file, k.line, std::string("an effects function must return a table of effects (or nil), not a ") +
                                                  luaL_typename(L, -1), {}, code::wrong_type);
        std::string problems, problem_code;
        Complaint first = [&](const std::string&, const std::string& c, const Detail& msg) {
            if (problems.empty()) problems = msg.english(), problem_code = c;
        };
        parse_effects(L, -1, out, first);
        check_flags_room(s.flags, out.flags, "flags", first);
        check_flags_room(s.story, out.story, "story", first);
        if (!problems.empty()) throw ScriptError(k.file, k.line, "the effects this function returned: " + problems, {}, problem_code);
        return out;
    });
}

bool ScriptHost::evaluate_condition(ScriptRef condition, SessionState& s, const CallSite& at) {
    return located(condition, at, [&](const Kept& k) {
        Call call(*k.sandbox, k.lua_ref, s);
        return static_cast<bool>(lua_toboolean(call.run(), -1));
    });
}

std::optional<std::string> ScriptHost::stage_next(ScriptRef next, SessionState& s, const CallSite& at) {
    return located(next, at, [&](const Kept& k) {
        Call call(*k.sandbox, k.lua_ref, s);
        lua_State* L = call.run();
        std::optional<std::string> id;
        if (lua_type(L, -1) == LUA_TSTRING)
            id = lua_tostring(L, -1);
        else if (!lua_isnil(L, -1))
            throw ScriptError(k.file, k.line,
                              std::string("a stage's next function must return a stage id or nil, not a ") + luaL_typename(L, -1), {},
                              code::wrong_type);
        return id;
    });
}

}  // namespace fd
