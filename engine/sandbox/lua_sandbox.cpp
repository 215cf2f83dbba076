#include "lua_sandbox.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "file_text.hpp"

#include "lua_bounded_lib.hpp"
#include "lua_budget.hpp"
#include "lua_error_location.hpp"
#include "lua_frozen_globals.hpp"
#include "lua_ordered_next.hpp"
#include "lua_plain_results.hpp"
#include "lua_print.hpp"

namespace fd {
namespace {

const char* const kModulesKey = "frontdoor.modules";

// pcall/xpcall/coroutine.resume that cannot swallow a tripped budget.
// A caught error is charged for unwinding the stack (detail::kUnwindCost).
int safe_pcall(lua_State* L) {
    luaL_checkany(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    detail::rethrow_if_tripped(L);
    if (status != LUA_OK) detail::charge(L, detail::kUnwindCost);
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
    if (status != LUA_OK) detail::charge(L, detail::kUnwindCost);
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
    if (lua_isboolean(L, 1) && !lua_toboolean(L, 1)) detail::charge(L, detail::kUnwindCost);
    return lua_gettop(L);
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
}  // namespace

std::string innermost_location(lua_State* L, int first_level) {
    detail::ScriptLocation where = detail::innermost_frame(L, first_level);
    return where.file.empty() ? std::string() : where.file + ":" + std::to_string(where.line);
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

// Locates the error while its frames are still on the stack: the budget's trip, an
// error the engine raised at a known place, a location Lua put in the message that a
// running frame confirms, else the innermost Lua frame. Never a location the text claims.
int message_handler(lua_State* L) {
    LuaSandbox* sb = LuaSandbox::from(L);
    // Describing the error may allocate; the budget already did its job.
    struct Pause {
        LuaSandbox::Budget& b;
        bool was;
        ~Pause() { b.active = was; }
    } pause{sb->budget_, sb->budget_.active};
    sb->budget_.active = false;
    detail::LocatedMessage e;
    std::size_t dropped = 0;  // bytes of a long message never copied
    if (sb->budget_.tripped) {
        e = {{sb->budget_.trip_file, sb->budget_.trip_line}, sb->budget_.trip_reason};
    } else if (lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER) {
        std::size_t len = 0;
        const char* msg = lua_tolstring(L, 1, &len);
        std::string text(msg, std::min(len, 2 * kMaxErrorMessage));
        if (!sb->engine_message_.empty() && text == sb->engine_message_) {
            e = {{sb->engine_file_, sb->engine_line_}, text};
        } else if (auto located = detail::stack_verified_location(L, text, 1)) {
            // Nested coroutine.wrap calls each put the same location in front again.
            std::string prefix = text.substr(0, text.size() - located->message.size());
            std::size_t at = prefix.size();
            while (len - at >= prefix.size() && std::memcmp(msg + at, prefix.data(), prefix.size()) == 0)
                at += prefix.size();
            text.assign(msg + at, std::min(len - at, 2 * kMaxErrorMessage));
            e = {located->where, text};
            len -= at;
        } else {
            e = {detail::innermost_frame(L, 1), text};
        }
        dropped = len - text.size();
    } else {
        // Never call __tostring here: it is script code and could loop.
        e = {detail::innermost_frame(L, 1), std::string("error object is a ") + luaL_typename(L, 1) + ", not a message"};
    }
    sb->error_file_ = std::move(e.where.file);
    sb->error_line_ = e.where.line;
    sb->error_message_ = detail::capped_message(std::move(e.message), dropped);
    sb->has_error_ = true;
    sb->traceback_ = short_traceback(L, 1);
    lua_pushvalue(L, 1);
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
    FileText source = read_file(path, sb->limits_.source_bytes);
    if (!source.ok)
        return luaL_error(L, "require: no module '%s' (looked for %s: %s)", name.c_str(), path.c_str(),
                          source.error.c_str());
    sb->modules_.push_back(path);
    if (luaL_loadbufferx(L, source.text.data(), source.text.size(), ("@" + path).c_str(), "t") != LUA_OK) {
        // A syntax error is at its line of the module; anything else at this require.
        std::string msg = lua_tostring(L, -1) ? lua_tostring(L, -1) : "cannot load the module";
        if (auto located = detail::chunk_verified_location(msg, path))
            sb->raise_at(L, located->where.file, located->where.line, located->message);
        return lua_error(L);
    }
    sb->push_new_environment();
    detail::record_chunk(L, -2);
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
                                         " MB of memory",
                             "memory", static_cast<long long>(sb->limits_.memory_bytes >> 20));
        return nullptr;
    }
    // A new object's "old size" is its type. One long string costs one instruction
    // to copy or compare however long it is, so strings have a cap of their own.
    if (sb->budget_.active && !ptr && osize == LUA_TSTRING && nsize > sb->limits_.string_bytes) {
        sb->note_memory_trip(sb->L_, "script built a string of more than " +
                                         std::to_string(sb->limits_.string_bytes >> 20) +
                                         " MB of memory (one string may not be longer)",
                             "string", static_cast<long long>(sb->limits_.string_bytes >> 20));
        return nullptr;
    }
    void* p = std::realloc(ptr, nsize);
    if (!p) return nullptr;
    sb->used_ = sb->used_ - old + nsize;
    // Large allocations are work the count hook does not see; charged here, checked
    // at the next hook or charge (an allocator may not raise errors).
    if (sb->budget_.active && nsize >= detail::kChargedAllocation && nsize > old)
        sb->budget_.executed += detail::bytes_cost(nsize - old);
    return p;
}

void LuaSandbox::note_memory_trip(lua_State* L, std::string reason, const char* kind, long long amount) {
    if (budget_.tripped || !L) return;
    budget_.tripped = true;
    budget_.trip_kind = kind;
    budget_.trip_amount = amount;
    detail::ScriptLocation where = detail::innermost_frame(L);
    budget_.trip_file = std::move(where.file);
    budget_.trip_line = where.line;
    budget_.trip_reason = std::move(reason);
}

void LuaSandbox::raise_at(lua_State* L, const std::string& file, int line, const std::string& message) {
    engine_file_ = file;
    engine_line_ = line;
    engine_message_ = message;
    lua_pushstring(L, message.c_str());
    lua_error(L);
    throw;  // unreachable: lua_error does not return
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
    detail::install_frozen_globals(L_);
    lua_pushcfunction(L_, detail::sandbox_rawset);
    lua_setglobal(L_, "rawset");
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
    lua_pushcfunction(L, detail::script_print);
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
    detail::record_environment(L, env);
}

void LuaSandbox::freeze_globals() { detail::freeze_environments(L_); }

bool LuaSandbox::restore_environments() { return detail::restore_chunk_environments(L_); }

void LuaSandbox::load_chunk(const std::string& source, const std::string& chunkname) {
    // "t": text only, so a binary chunk can never be loaded.
    int status = luaL_loadbufferx(L_, source.data(), source.size(), ("@" + chunkname).c_str(), "t");
    // Errors without a line of their own (a binary chunk, no memory) are the file's first line.
    if (status != LUA_OK) raise_from_stack(status, chunkname, chunkname, 1);
    push_new_environment();
    detail::record_chunk(L_, -2);
    lua_setupvalue(L_, -2, 1);
}

void LuaSandbox::run_file(const std::string& path) {
    FileText source = read_file(path, limits_.source_bytes);
    if (!source.ok) throw ScriptError(path, 0, "cannot read this file: " + source.error);
    run_source(source.text, path);
}

void LuaSandbox::run_source(const std::string& source, const std::string& name) {
    load_chunk(source, name);
    call(0, 1);
}

void LuaSandbox::call(int nargs, int nresults) {
    int fn = lua_gettop(L_) - nargs;
    // An error with no frame of its own (memory refused while the engine checks the
    // results, say) is reported at the definition of the function called.
    int def_line = 0;
    std::string def_file = lua_isfunction(L_, fn) && !lua_iscfunction(L_, fn) ? describe_function(L_, fn, &def_line)
                                                                               : std::string();
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
        budget_.deadline = std::chrono::steady_clock::now() + limits_.wall_backstop;
        has_error_ = false;
        engine_message_.clear();
    }
    int status = lua_pcall(L_, nargs + 2, nresults, fn);
    if (outer) budget_.active = false;
    if (status == LUA_OK && budget_.tripped) {
        // Some function caught the trip and carried on (every catcher we know rethrows it).
        lua_settop(L_, fn);  // the message handler stays, to be removed below
        lua_pushliteral(L_, "");
        status = LUA_ERRRUN;
    }
    bool replaced_env = outer && restore_environments();
    if (status == LUA_OK && replaced_env) {
        lua_settop(L_, fn);
        lua_remove(L_, fn);
        throw ScriptError(def_file.empty() ? std::string("(script)") : def_file, def_line,
                          "this function replaced _ENV during play (it is put back): effects and conditions must "
                          "not keep values between calls");
    }
    lua_remove(L_, fn);
    if (status != LUA_OK) raise_from_stack(status, std::string(), def_file, def_line);
}

std::string LuaSandbox::describe_function(lua_State* L, int index, int* line) {
    lua_Debug ar;
    lua_pushvalue(L, index);
    lua_getinfo(L, ">S", &ar);
    *line = ar.linedefined;
    return source_name(ar);
}

void LuaSandbox::raise_from_stack(int status, const std::string& chunk, const std::string& fallback_file,
                                  int fallback_line) {
    detail::LocatedMessage e{{fallback_file, fallback_line}, {}};
    if (budget_.tripped) {
        if (!budget_.trip_file.empty()) e.where = {budget_.trip_file, budget_.trip_line};
        e.message = budget_.trip_reason;
    } else if (status == LUA_ERRMEM) {
        e.message = "out of memory";
    } else if (has_error_) {
        if (!error_file_.empty()) e.where = {error_file_, error_line_};
        e.message = error_message_;
    } else if (const char* msg = lua_tostring(L_, -1)) {
        // Not through the message handler: an error loading `chunk` (a syntax error).
        e.message = msg;
        if (auto located = detail::chunk_verified_location(e.message, chunk)) e = std::move(*located);
        e.message = detail::capped_message(std::move(e.message));
    } else {
        e.message = "error object is not a message";
    }
    lua_pop(L_, 1);
    std::string trace = std::move(traceback_);
    traceback_.clear();
    ScriptError error(e.where.file.empty() ? std::string("(script)") : e.where.file, e.where.line,
                      std::move(e.message), trace);
    if (budget_.tripped) error.set_reason(budget_.trip_kind, budget_.trip_amount);
    budget_.tripped = false;
    budget_.trip_kind.clear();
    has_error_ = false;
    engine_message_.clear();
    throw error;
}

}  // namespace fd
