#include "lua_sandbox.hpp"

#include <cstring>
#include <fstream>
#include <sstream>

namespace fd {
namespace {

const char* const kSandboxKey = "frontdoor.sandbox";
const char* const kModulesKey = "frontdoor.modules";
constexpr int kHookEvery = 1000;

bool starts_with_location(const char* msg) {
    // "something:123:" at the start of the message.
    const char* colon = std::strchr(msg, ':');
    while (colon) {
        const char* p = colon + 1;
        if (*p >= '0' && *p <= '9') {
            while (*p >= '0' && *p <= '9') ++p;
            if (*p == ':') return true;
        }
        colon = std::strchr(colon + 1, ':');
    }
    return false;
}

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

void budget_hook(lua_State* L, lua_Debug*) {
    LuaSandbox* sb = LuaSandbox::from(L);
    auto& b = sb->budget();
    if (!b.active) return;
    if (b.tripped) trip(L, b, b.trip_reason);
    b.executed += kHookEvery;
    if (b.executed > sb->limits().instructions)
        trip(L, b, "script ran more than " + std::to_string(sb->limits().instructions / 1'000'000) +
                       " million instructions (an endless loop?)");
    if (std::chrono::steady_clock::now() > b.deadline)
        trip(L, b, "script ran longer than " + std::to_string(sb->limits().time.count()) +
                       " ms (an endless loop?)");
    if (sb->memory_used() > sb->limits().memory_bytes)
        trip(L, b, "script used more than " + std::to_string(sb->limits().memory_bytes >> 20) + " MB of memory");
}

// pcall/xpcall/coroutine.resume that cannot swallow a tripped budget.
int rethrow_if_tripped(lua_State* L) {
    auto& b = LuaSandbox::from(L)->budget();
    if (b.tripped) trip(L, b, b.trip_reason);
    return 0;
}

int safe_pcall(lua_State* L) {
    luaL_checkany(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    rethrow_if_tripped(L);
    lua_pushboolean(L, status == LUA_OK);
    lua_insert(L, 1);
    return lua_gettop(L);
}

int safe_xpcall(lua_State* L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 1);  // f
    lua_copy(L, 2, 1);    // handler to slot 1
    lua_replace(L, 2);    // f to slot 2
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 1);
    rethrow_if_tripped(L);
    lua_pushboolean(L, status == LUA_OK);
    lua_replace(L, 1);
    return lua_gettop(L);
}

int safe_resume(lua_State* L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    rethrow_if_tripped(L);
    return lua_gettop(L);
}

int script_print(lua_State* L) {
    std::string line = innermost_location(L, 1);
    line += line.empty() ? "print:" : ": print:";
    for (int i = 1; i <= lua_gettop(L); ++i) {
        line += (i == 1) ? " " : "\t";
        size_t len = 0;
        const char* s = luaL_tolstring(L, i, &len);
        line.append(s, len);
        lua_pop(L, 1);
    }
    std::fprintf(stderr, "%s\n", line.c_str());
    return 0;
}

std::string read_file(const std::string& path, bool* ok) {
    std::ifstream in(path, std::ios::binary);
    *ok = static_cast<bool>(in);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void copy_fields(lua_State* L, int from, int to, const std::initializer_list<const char*>& names) {
    for (const char* n : names) {
        lua_getfield(L, from, n);
        lua_setfield(L, to, n);
    }
}

// Copies a library table, leaving out the named fields.
void copy_library(lua_State* L, const char* lib, int env, const std::initializer_list<const char*>& drop) {
    lua_getglobal(L, lib);
    int src = lua_gettop(L);
    lua_newtable(L);
    int dst = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, src)) {
        bool dropped = false;
        if (lua_type(L, -2) == LUA_TSTRING)
            for (const char* d : drop) dropped = dropped || std::strcmp(lua_tostring(L, -2), d) == 0;
        if (dropped) {
            lua_pop(L, 1);
        } else {
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, dst);
        }
    }
    lua_setfield(L, env, lib);
    lua_pop(L, 1);
}

}  // namespace

std::string innermost_location(lua_State* L, int first_level) {
    lua_Debug ar;
    for (int level = first_level; lua_getstack(L, level, &ar); ++level) {
        if (!lua_getinfo(L, "Sl", &ar)) continue;
        if (ar.currentline > 0) return std::string(ar.short_src) + ":" + std::to_string(ar.currentline);
    }
    return {};
}

int message_handler(lua_State* L) {
    LuaSandbox* sb = LuaSandbox::from(L);
    // Describing the error may allocate; the budget already did its job.
    struct Pause {
        LuaSandbox::Budget& b;
        bool was;
        ~Pause() { b.active = was; }
    } pause{sb->budget_, sb->budget_.active};
    sb->budget_.active = false;
    const char* msg = lua_tostring(L, 1);
    std::string text;
    if (sb->budget_.tripped) {
        text = sb->budget_.trip_where.empty() ? sb->budget_.trip_reason
                                              : sb->budget_.trip_where + ": " + sb->budget_.trip_reason;
    } else if (msg) {
        text = msg;
        if (!starts_with_location(msg)) {
            std::string where = innermost_location(L, 1);
            if (!where.empty()) text = where + ": " + text;
        }
    } else {
        // Never call __tostring here: it is script code and could loop.
        text = innermost_location(L, 1) + ": error object is a " + luaL_typename(L, 1) + ", not a message";
    }
    luaL_traceback(L, L, nullptr, 1);
    sb->traceback_ = lua_tostring(L, -1);
    lua_pop(L, 1);
    lua_pushstring(L, text.c_str());
    return 1;
}

int sandbox_require(lua_State* L) {
    LuaSandbox* sb = LuaSandbox::from(L);
    std::string name = luaL_checkstring(L, 1);
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'))
            return luaL_error(L, "require: module name '%s' may only use letters, digits, '_' and '.'", name.c_str());
    if (name.find("..") != std::string::npos || name.front() == '.')
        return luaL_error(L, "require: module name '%s' is not inside scripts/", name.c_str());
    lua_getfield(L, LUA_REGISTRYINDEX, kModulesKey);
    lua_getfield(L, -1, name.c_str());
    if (!lua_isnil(L, -1)) return 1;
    lua_pop(L, 1);
    std::string path = name;
    for (char& c : path)
        if (c == '.') c = '/';
    path = sb->root_ + "/" + path + ".lua";
    bool ok = false;
    std::string source = read_file(path, &ok);
    if (!ok) return luaL_error(L, "require: no module '%s' (looked for %s)", name.c_str(), path.c_str());
    if (luaL_loadbufferx(L, source.data(), source.size(), ("@" + path).c_str(), "t") != LUA_OK)
        return lua_error(L);
    sb->push_new_environment();
    lua_setupvalue(L, -2, 1);
    lua_call(L, 0, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, name.c_str());
    return 1;
}

LuaSandbox::LuaSandbox(std::string scripts_root, SandboxLimits limits)
    : root_(std::move(scripts_root)), limits_(limits) {
    L_ = lua_newstate(&LuaSandbox::allocate, this);
    if (!L_) throw std::runtime_error("cannot create a Lua state (out of memory)");
    lua_pushlightuserdata(L_, this);
    lua_setfield(L_, LUA_REGISTRYINDEX, kSandboxKey);
    open_host_libraries();
    lua_sethook(L_, budget_hook, LUA_MASKCOUNT, kHookEvery);
}

LuaSandbox::~LuaSandbox() {
    if (L_) lua_close(L_);
}

LuaSandbox* LuaSandbox::from(lua_State* L) {
    lua_getfield(L, LUA_REGISTRYINDEX, kSandboxKey);
    auto* sb = static_cast<LuaSandbox*>(lua_touserdata(L, -1));
    lua_pop(L, 1);
    return sb;
}

void* LuaSandbox::allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
    auto* sb = static_cast<LuaSandbox*>(ud);
    std::size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        std::free(ptr);
        sb->used_ -= old;
        return nullptr;
    }
    if (sb->budget_.active && nsize > old && sb->used_ - old + nsize > sb->limits_.memory_bytes) {
        sb->note_memory_trip(sb->L_);
        return nullptr;
    }
    void* p = std::realloc(ptr, nsize);
    if (p) sb->used_ = sb->used_ - old + nsize;
    return p;
}

void LuaSandbox::note_memory_trip(lua_State* L) {
    if (budget_.tripped || !L) return;
    budget_.tripped = true;
    budget_.trip_where = innermost_location(L);
    budget_.trip_reason = "script used more than " + std::to_string(limits_.memory_bytes >> 20) + " MB of memory";
}

void LuaSandbox::open_host_libraries() {
    luaL_openlibs(L_);
    // Strings' methods come from the host's string table; scripts see only a copy
    // and getmetatable("") must not hand them the original.
    lua_pushliteral(L_, "");
    lua_getmetatable(L_, -1);
    lua_pushboolean(L_, 0);
    lua_setfield(L_, -2, "__metatable");
    lua_pop(L_, 2);
    lua_newtable(L_);
    lua_setfield(L_, LUA_REGISTRYINDEX, kModulesKey);
    lua_newtable(L_);
    extras_ref_ = luaL_ref(L_, LUA_REGISTRYINDEX);
}

void LuaSandbox::add_global(const char* name, lua_CFunction fn) {
    lua_rawgeti(L_, LUA_REGISTRYINDEX, extras_ref_);
    lua_pushcfunction(L_, fn);
    lua_setfield(L_, -2, name);
    lua_pop(L_, 1);
}

void LuaSandbox::push_new_environment() {
    lua_State* L = L_;
    lua_newtable(L);
    int env = lua_gettop(L);
    lua_pushglobaltable(L);
    int g = lua_gettop(L);
    copy_fields(L, g, env, {"assert", "error", "ipairs", "next", "pairs", "select", "tonumber", "tostring",
                            "type", "rawequal", "rawget", "rawlen", "rawset", "setmetatable", "getmetatable",
                            "_VERSION"});
    lua_pop(L, 1);
    lua_pushcfunction(L, safe_pcall);
    lua_setfield(L, env, "pcall");
    lua_pushcfunction(L, safe_xpcall);
    lua_setfield(L, env, "xpcall");
    lua_pushcfunction(L, script_print);
    lua_setfield(L, env, "print");
    lua_pushcfunction(L, sandbox_require);
    lua_setfield(L, env, "require");
    copy_library(L, "string", env, {"dump"});
    copy_library(L, "table", env, {});
    copy_library(L, "math", env, {"random", "randomseed"});
    copy_library(L, "utf8", env, {});
    copy_library(L, "coroutine", env, {});
    lua_getfield(L, env, "coroutine");
    lua_getfield(L, -1, "resume");
    lua_pushcclosure(L, safe_resume, 1);
    lua_setfield(L, -2, "resume");
    lua_pop(L, 1);
    lua_newtable(L);
    lua_getglobal(L, "os");
    copy_fields(L, lua_gettop(L), lua_gettop(L) - 1, {"clock", "date", "time"});
    lua_pop(L, 1);
    lua_setfield(L, env, "os");
    lua_rawgeti(L, LUA_REGISTRYINDEX, extras_ref_);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, env);
    }
    lua_pop(L, 1);
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");
}

void LuaSandbox::load_chunk(const std::string& source, const std::string& chunkname) {
    // "t": text only, so a binary chunk can never be loaded.
    int status = luaL_loadbufferx(L_, source.data(), source.size(), ("@" + chunkname).c_str(), "t");
    if (status != LUA_OK) raise_from_stack(status, chunkname, 0);
    push_new_environment();
    lua_setupvalue(L_, -2, 1);
}

void LuaSandbox::run_file(const std::string& path) {
    bool ok = false;
    std::string source = read_file(path, &ok);
    if (!ok) throw ScriptError(path, 0, "cannot read this file: " + std::string(std::strerror(errno)));
    run_source(source, path);
}

void LuaSandbox::run_source(const std::string& source, const std::string& name) {
    load_chunk(source, name);
    call(0, 1);
}

void LuaSandbox::call(int nargs, int nresults) {
    int fn = lua_gettop(L_) - nargs;
    lua_pushcfunction(L_, message_handler);
    lua_insert(L_, fn);
    bool outer = !budget_.active;
    if (outer) {
        budget_ = Budget{};
        budget_.active = true;
        budget_.deadline = std::chrono::steady_clock::now() + limits_.time;
    }
    int status = lua_pcall(L_, nargs, nresults, fn);
    if (outer) budget_.active = false;
    lua_remove(L_, fn);
    if (status != LUA_OK) {
        std::string file;
        int line = 0;
        // The function we called is gone from the stack; a memory error carries no
        // location of its own, so fall back to where the allocation was refused.
        raise_from_stack(status, file, line);
    }
}

std::string LuaSandbox::describe_function(lua_State* L, int index, int* line) {
    lua_Debug ar;
    lua_pushvalue(L, index);
    lua_getinfo(L, ">S", &ar);
    *line = ar.linedefined;
    return ar.short_src;
}

void LuaSandbox::raise_from_stack(int status, const std::string& fallback_file, int fallback_line) {
    std::string text;
    if (budget_.tripped) {
        text = budget_.trip_where.empty() ? budget_.trip_reason : budget_.trip_where + ": " + budget_.trip_reason;
    } else if (const char* msg = lua_tostring(L_, -1)) {
        text = msg;
    } else {
        text = "error object is not a message";
    }
    if (status == LUA_ERRMEM && !budget_.tripped) text = "out of memory";
    lua_pop(L_, 1);
    std::string trace = std::move(traceback_);
    traceback_.clear();
    budget_.tripped = false;

    // Split "file:line: message".
    std::size_t pos = 0;
    while ((pos = text.find(':', pos)) != std::string::npos) {
        std::size_t d = pos + 1;
        while (d < text.size() && std::isdigit(static_cast<unsigned char>(text[d]))) ++d;
        if (d > pos + 1 && d < text.size() && text[d] == ':') {
            std::string file = text.substr(0, pos);
            int line = std::stoi(text.substr(pos + 1, d - pos - 1));
            std::size_t m = d + 1;
            while (m < text.size() && text[m] == ' ') ++m;
            throw ScriptError(file, line, text.substr(m), trace);
        }
        ++pos;
    }
    throw ScriptError(fallback_file.empty() ? std::string("(script)") : fallback_file, fallback_line, text, trace);
}

}  // namespace fd
