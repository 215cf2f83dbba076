#include "script_api.hpp"

#include "lua_sandbox.hpp"

namespace fd {
namespace {

const char* const kMarks = "frontdoor.marks";
const char* const kKinds[] = {"encounter", "narration", "decision", "answer", "route",
                              "ending",    "campaign",  "stage",    "tests",  "plan"};

template <int K>
int construct(lua_State* L) {
    if (!lua_istable(L, 1))
        return luaL_error(L, "%s expects a table: write %s { ... }", kKinds[K], kKinds[K]);
    lua_settop(L, 1);
    lua_Debug ar;
    int line = 0;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) line = ar.currentline;
    lua_getfield(L, LUA_REGISTRYINDEX, kMarks);
    lua_pushvalue(L, 1);
    lua_createtable(L, 0, 2);
    lua_pushstring(L, kKinds[K]);
    lua_setfield(L, -2, "kind");
    lua_pushinteger(L, line);
    lua_setfield(L, -2, "line");
    lua_rawset(L, -3);
    lua_pop(L, 1);
    return 1;
}

template <int... K>
void register_all(LuaSandbox& sb, std::integer_sequence<int, K...>) {
    (sb.add_global(kKinds[K], &construct<K>), ...);
}

}  // namespace

void register_script_api(LuaSandbox& sandbox) {
    lua_State* L = sandbox.L();
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kMarks);
    register_all(sandbox, std::make_integer_sequence<int, sizeof(kKinds) / sizeof(kKinds[0])>{});
}

ConstructorMark constructor_mark(lua_State* L, int index) {
    ConstructorMark mark;
    index = lua_absindex(L, index);
    lua_getfield(L, LUA_REGISTRYINDEX, kMarks);
    lua_pushvalue(L, index);
    lua_rawget(L, -2);
    if (lua_istable(L, -1)) {
        lua_getfield(L, -1, "kind");
        mark.kind = lua_tostring(L, -1);
        lua_getfield(L, -2, "line");
        mark.line = static_cast<int>(lua_tointeger(L, -1));
        lua_pop(L, 2);
    }
    lua_pop(L, 2);
    return mark;
}

}  // namespace fd
