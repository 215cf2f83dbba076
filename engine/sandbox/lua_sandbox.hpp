// One Lua state per script file, with only safe functions, an instruction and
// time budget and a memory cap per call. Every call is protected; errors come
// back as ScriptError naming file:line.
#pragma once
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include <lua.hpp>

#include "script_error.hpp"

namespace fd {

struct SandboxLimits {
    long long instructions = 20'000'000;
    std::chrono::milliseconds time{500};
    std::size_t memory_bytes = 64u << 20;
    std::size_t string_bytes = 4u << 20;  // one string
};

class LuaSandbox {
public:
    // scripts_root bounds what require() may load.
    explicit LuaSandbox(std::string scripts_root, SandboxLimits limits = {});
    ~LuaSandbox();
    LuaSandbox(const LuaSandbox&) = delete;
    LuaSandbox& operator=(const LuaSandbox&) = delete;

    lua_State* L() const { return L_; }

    // Runs a file in a fresh safe environment; leaves its one result on the stack.
    void run_file(const std::string& path);
    // Runs source text as if it were the file `name` (used by tests and fuzzers).
    void run_source(const std::string& source, const std::string& name);

    // Calls the function below nargs arguments on the stack, under the budget.
    void call(int nargs, int nresults);

    // Adds a function every environment made from now on will see (the designers' API).
    void add_global(const char* name, lua_CFunction fn);
    // Pushes a fresh safe environment table.
    void push_new_environment();
    // After loading: assigning any global is an error from now on, so effects and
    // conditions cannot keep state between calls (only a local counter they close
    // over goes unnoticed; scripts/README.md asks designers not to).
    void freeze_globals();

    // Where an error with no location of its own is reported (the function's definition).
    static std::string describe_function(lua_State* L, int index, int* line);

    std::size_t memory_used() const { return used_; }
    const SandboxLimits& limits() const { return limits_; }
    const std::string& scripts_root() const { return root_; }
    // The files require() loaded into this state (hot reload watches them too).
    const std::vector<std::string>& module_files() const { return modules_; }

    // Registered functions use this to find their sandbox.
    static LuaSandbox* from(lua_State* L);

    // State shared with the C hooks.
    struct Budget {
        bool active = false;
        bool tripped = false;
        long long executed = 0;
        std::chrono::steady_clock::time_point deadline{};
        std::string trip_where;
        std::string trip_reason;
    };
    Budget& budget() { return budget_; }
    void note_memory_trip(lua_State* L, std::string reason);

private:
    static void* allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize);
    void open_host_libraries();
    void load_chunk(const std::string& source, const std::string& chunkname);
    [[noreturn]] void raise_from_stack(int status, const std::string& fallback_file, int fallback_line);

    std::string root_;
    SandboxLimits limits_;
    lua_State* L_ = nullptr;
    std::size_t used_ = 0;
    int extras_ref_ = LUA_NOREF;
    Budget budget_;
    std::string traceback_;
    std::vector<std::string> modules_;
    friend int message_handler(lua_State* L);
    friend int sandbox_require(lua_State* L);
};

// The location "file:line" of the innermost Lua function running in L, or "".
std::string innermost_location(lua_State* L, int first_level = 0);

}  // namespace fd
