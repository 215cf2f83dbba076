#include "lua_sandbox.hpp"

#include <cctype>
#include <cstring>
#include <fstream>
#include <sstream>

#include "lua_bounded_lib.hpp"
#include "lua_ordered_next.hpp"
#include "lua_budget.hpp"
#include "lua_plain_results.hpp"

namespace fd {
namespace {

const char* const kModulesKey = "frontdoor.modules";
// Every chunk name loaded in this state: Lua shortens long ones in its messages.
const char* const kChunksKey = "frontdoor.chunks";
// Every environment made in this state, so freeze_globals() can reach them all.
const char* const kEnvironmentsKey = "frontdoor.environments";

bool starts_with_location(const char* msg) {
    // "something:123:" at the start of the message.
    const char* colon = std::strchr(msg, ':');
    while (colon) {
        const char* p = colon + 1;
        if (*p >= '0' && *p <= '9') {
            while (*p >= '0' && *p <= '9') ++p;
            // At most 9 digits: a longer "line" is no line of ours (and would not fit an int).
            if (*p == ':' && p - colon - 1 <= 9) return true;
        }
        colon = std::strchr(colon + 1, ':');
    }
    return false;
}

// pcall/xpcall/coroutine.resume that cannot swallow a tripped budget.
int safe_pcall(lua_State* L) {
    luaL_checkany(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    detail::rethrow_if_tripped(L);
    lua_pushboolean(L, status == LUA_OK);
    lua_insert(L, 1);
    return lua_gettop(L);
}

// The script's message handler runs only for its own errors. Once the budget has
// tripped, the error passes through untouched: the handler could loop, and when the
// trip was raised inside the count hook, hooks are off while a handler runs.
int xpcall_handler(lua_State* L) {
    if (LuaSandbox::from(L)->budget().tripped) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

int safe_xpcall(lua_State* L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, xpcall_handler, 1);
    lua_replace(L, 2);    // handler (wrapped) in slot 2
    lua_pushvalue(L, 1);  // f
    lua_copy(L, 2, 1);    // handler to slot 1
    lua_replace(L, 2);    // f to slot 2
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 1);
    detail::rethrow_if_tripped(L);
    lua_pushboolean(L, status == LUA_OK);
    lua_replace(L, 1);
    return lua_gettop(L);
}

// coroutine.resume and coroutine.close: both catch errors (close catches those of
// __close), so both rethrow a tripped budget.
int safe_resume(lua_State* L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    detail::rethrow_if_tripped(L);
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
    detail::charge(L, 1 + detail::bytes_cost(line.size()));
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

// The file a function comes from, in full (short_src cuts long paths to "...tail").
std::string source_name(const lua_Debug& ar) {
    if (ar.source && ar.source[0] == '@') return ar.source + 1;
    return ar.short_src;
}

void remember_chunk(lua_State* L, const std::string& name) {
    lua_getfield(L, LUA_REGISTRYINDEX, kChunksKey);
    lua_pushstring(L, name.c_str());
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pop(L, 1);
}

// Lua's own messages name a long path as "...tail": give back the whole path.
std::string full_chunk_name(lua_State* L, const std::string& shown) {
    if (shown.compare(0, 3, "...") != 0) return shown;
    std::string tail = shown.substr(3), found = shown;
    lua_getfield(L, LUA_REGISTRYINDEX, kChunksKey);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        std::size_t len = 0;
        const char* name = lua_tolstring(L, -1, &len);
        if (len >= tail.size() && std::string(name, len).compare(len - tail.size(), tail.size(), tail) == 0)
            found = std::string(name, len);
    }
    lua_pop(L, 1);
    return found;
}
}  // namespace

std::string innermost_location(lua_State* L, int first_level) {
    lua_Debug ar;
    for (int level = first_level; lua_getstack(L, level, &ar); ++level) {
        if (!lua_getinfo(L, "Sl", &ar)) continue;
        if (ar.currentline > 0) return source_name(ar) + ":" + std::to_string(ar.currentline);
    }
    return {};
}

namespace {
// The innermost frames only. luaL_traceback also lists the outermost ones, and
// finding them costs a walk of the whole stack per level: seconds after a runaway
// recursion. The error is in the innermost frames.
std::string short_traceback(lua_State* L, int first_level) {
    constexpr int kLevels = 12;
    std::string out = "stack traceback:";
    lua_Debug ar;
    int level = first_level;
    for (; level < first_level + kLevels && lua_getstack(L, level, &ar); ++level) {
        if (!lua_getinfo(L, "Sln", &ar)) continue;
        out += "\n\t" + source_name(ar) + (ar.currentline > 0 ? ":" + std::to_string(ar.currentline) : "") + ": in ";
        if (ar.name)
            out += std::string(ar.namewhat) + " '" + ar.name + "'";
        else if (*ar.what == 'm')
            out += "main chunk";
        else if (*ar.what == 'C')
            out += "a library function";
        else
            out += "function <" + source_name(ar) + ":" + std::to_string(ar.linedefined) + ">";
    }
    if (lua_getstack(L, level, &ar)) out += "\n\t...";
    return out;
}
}  // namespace

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
    sb->traceback_ = short_traceback(L, 1);
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
    remember_chunk(L, path);
    sb->modules_.push_back(path);
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
    // In the state's extra space: every coroutine gets a copy, and the count hook
    // finds its sandbox without a table lookup.
    *static_cast<LuaSandbox**>(lua_getextraspace(L_)) = this;
    open_host_libraries();
    lua_sethook(L_, detail::budget_hook, LUA_MASKCOUNT, detail::kHookEvery);
}

LuaSandbox::~LuaSandbox() {
    if (L_) lua_close(L_);
}

LuaSandbox* LuaSandbox::from(lua_State* L) { return *static_cast<LuaSandbox**>(lua_getextraspace(L)); }

void* LuaSandbox::allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
    auto* sb = static_cast<LuaSandbox*>(ud);
    std::size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        std::free(ptr);
        sb->used_ -= old;
        return nullptr;
    }
    if (sb->budget_.active && nsize > old && sb->used_ - old + nsize > sb->limits_.memory_bytes) {
        sb->note_memory_trip(sb->L_, "script used more than " + std::to_string(sb->limits_.memory_bytes >> 20) +
                                         " MB of memory");
        return nullptr;
    }
    // A new object's "old size" is its type. One long string costs one instruction
    // to copy or compare however long it is, so strings have a cap of their own.
    if (sb->budget_.active && !ptr && osize == LUA_TSTRING && nsize > sb->limits_.string_bytes) {
        sb->note_memory_trip(sb->L_, "script built a string of more than " +
                                         std::to_string(sb->limits_.string_bytes >> 20) +
                                         " MB of memory (one string may not be longer)");
        return nullptr;
    }
    void* p = std::realloc(ptr, nsize);
    if (p) sb->used_ = sb->used_ - old + nsize;
    return p;
}

void LuaSandbox::note_memory_trip(lua_State* L, std::string reason) {
    if (budget_.tripped || !L) return;
    budget_.tripped = true;
    budget_.trip_where = innermost_location(L);
    budget_.trip_reason = std::move(reason);
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
    detail::install_bounded_functions(L_);
    detail::install_ordered_traversal(L_);
    lua_newtable(L_);
    lua_setfield(L_, LUA_REGISTRYINDEX, kModulesKey);
    lua_newtable(L_);
    lua_setfield(L_, LUA_REGISTRYINDEX, kChunksKey);
    lua_newtable(L_);
    lua_setfield(L_, LUA_REGISTRYINDEX, kEnvironmentsKey);
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
    lua_getfield(L, -1, "close");
    lua_pushcclosure(L, safe_resume, 1);
    lua_setfield(L, -2, "close");
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
    lua_getfield(L, LUA_REGISTRYINDEX, kEnvironmentsKey);
    lua_pushvalue(L, env);
    lua_rawseti(L, -2, static_cast<lua_Integer>(lua_rawlen(L, -2)) + 1);
    lua_pop(L, 1);
}

namespace {
int refuse_new_global(lua_State* L) {
    const char* name = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?";
    return luaL_error(L,
                      "assignment to global '%s' during play: effects and conditions must not keep values "
                      "between calls (they run again when exploring and replaying); use a local, or set a flag "
                      "through effects",
                      name);
}
}  // namespace

void LuaSandbox::freeze_globals() {
    lua_getfield(L_, LUA_REGISTRYINDEX, kEnvironmentsKey);
    for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L_, -1)); i <= n; ++i) {
        lua_rawgeti(L_, -1, i);
        int env = lua_gettop(L_);
        if (lua_getmetatable(L_, env)) {  // a script's own metatable on its globals stays
            lua_pop(L_, 2);
            continue;
        }
        // The globals move to a table the environment reads through, so that every
        // assignment, to a new name or an old one, reaches __newindex.
        lua_newtable(L_);
        int globals = lua_gettop(L_);
        lua_pushnil(L_);
        while (lua_next(L_, env)) {
            lua_pushvalue(L_, -2);
            lua_insert(L_, -2);
            lua_rawset(L_, globals);
        }
        lua_pushnil(L_);
        while (lua_next(L_, globals)) {
            lua_pop(L_, 1);
            lua_pushvalue(L_, -1);
            lua_pushnil(L_);
            lua_rawset(L_, env);
        }
        lua_createtable(L_, 0, 3);
        lua_pushvalue(L_, globals);
        lua_setfield(L_, -2, "__index");
        lua_pushcfunction(L_, refuse_new_global);
        lua_setfield(L_, -2, "__newindex");
        lua_pushboolean(L_, 0);
        lua_setfield(L_, -2, "__metatable");
        lua_setmetatable(L_, env);
        lua_settop(L_, env - 1);
    }
    lua_pop(L_, 1);
}

void LuaSandbox::load_chunk(const std::string& source, const std::string& chunkname) {
    // "t": text only, so a binary chunk can never be loaded.
    remember_chunk(L_, chunkname);
    int status = luaL_loadbufferx(L_, source.data(), source.size(), ("@" + chunkname).c_str(), "t");
    // Errors without a line of their own (a binary chunk, no memory) are the file's first line.
    if (status != LUA_OK) raise_from_stack(status, chunkname, 1);
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
    // Through checked_call, so the results the engine reads are plain tables.
    lua_pushcfunction(L_, detail::checked_call);
    lua_insert(L_, fn + 1);
    lua_pushinteger(L_, nresults);
    lua_insert(L_, fn + 2);
    bool outer = !budget_.active;
    if (outer) {
        budget_ = Budget{};
        budget_.active = true;
        budget_.deadline = std::chrono::steady_clock::now() + limits_.time;
    }
    int status = lua_pcall(L_, nargs + 2, nresults, fn);
    if (outer) budget_.active = false;
    if (status == LUA_OK && budget_.tripped) {
        // Some function caught the trip and carried on (every catcher we know rethrows it).
        lua_settop(L_, fn);  // the message handler stays, to be removed below
        lua_pushliteral(L_, "");
        status = LUA_ERRRUN;
    }
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
    return source_name(ar);
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
        if (d > pos + 1 && d - pos - 1 <= 9 && d < text.size() && text[d] == ':') {
            std::string file = full_chunk_name(L_, text.substr(0, pos));
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
