// One Lua state per script file, with only safe functions, an instruction budget
// and a memory cap per call (wall time only as a far backstop). Every call is
// protected; errors come back as ScriptError naming file:line.
#pragma once
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include <lua.hpp>

#include "limits.hpp"
#include "script_error.hpp"

namespace fd {

// What one call into a script may use. Instructions (with the work of library calls
// and large allocations charged as instructions) and memory decide, so a script
// passes or fails the same way on every machine. Wall time is only a backstop for
// work no instruction count sees; legitimate content never comes near it.
struct SandboxLimits {
    long long instructions = 20'000'000;
    std::chrono::milliseconds wall_backstop{4'000};
    std::size_t memory_bytes = 64u << 20;
    std::size_t string_bytes = 4u << 20;  // one string
    std::size_t source_bytes = kScriptFileLimit.max;  // one script file
    int print_lines = 20;                 // print() lines per call, then one "suppressed" line
    std::size_t print_bytes = 4096;       // bytes printed per call
};

// The longest error message a ScriptError keeps; the rest is cut with "… (N more characters)".
inline constexpr std::size_t kMaxErrorMessage = 2000;

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
    // conditions cannot keep state between calls. Every route is closed: assignment,
    // rawset, the library tables (string.x = 1), setmetatable, and replacing _ENV (found
    // after the call, put back, and reported). Only a local counter a function closes
    // over, or a table of the script's own, goes unnoticed; scripts/README.md asks
    // designers not to.
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

    // State of one call, shared with the C hooks.
    struct Budget {
        bool active = false;
        bool tripped = false;
        long long executed = 0;
        std::chrono::steady_clock::time_point deadline{};
        std::string trip_file;  // where the trip happened (the innermost Lua frame)
        int trip_line = 0;
        std::string trip_reason;
        // What tripped, as an id for the layer that words it (ScriptError::reason):
        // "instructions", "memory", "string", "backstop"; "" for a library operation's charge.
        std::string trip_kind;
        long long trip_amount = 0;  // the limit passed: instructions, MB, seconds
        int printed_lines = 0;
        std::size_t printed_bytes = 0;
        bool print_suppressed = false;
    };
    Budget& budget() { return budget_; }
    void note_memory_trip(lua_State* L, std::string reason, const char* kind, long long amount);
    // Raises `message` as an error at file:line, a location the engine knows (where
    // a table got the metatable it must not have, say).
    [[noreturn]] void raise_at(lua_State* L, const std::string& file, int line, const std::string& message);

private:
    static void* allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize);
    void open_host_libraries();
    void load_chunk(const std::string& source, const std::string& chunkname);
    // Throws the error on top of the stack as a ScriptError at the location the
    // message handler or the budget found, else (loading) at the line of `chunk` Lua
    // gave, else at fallback.
    [[noreturn]] void raise_from_stack(int status, const std::string& chunk, const std::string& fallback_file,
                                       int fallback_line);
    // After a call: puts back any chunk's _ENV a call replaced; true when one was.
    bool restore_environments();

    std::string root_;
    SandboxLimits limits_;
    lua_State* L_ = nullptr;
    std::size_t used_ = 0;
    int extras_ref_ = LUA_NOREF;
    Budget budget_;
    std::string traceback_;
    // The error the message handler located (file, line, message), while has_error_.
    std::string error_file_, error_message_;
    int error_line_ = 0;
    bool has_error_ = false;
    // What raise_at raised: the handler takes its location when the message matches.
    std::string engine_file_, engine_message_;
    int engine_line_ = 0;
    std::vector<std::string> modules_;
    friend int message_handler(lua_State* L);
    friend int sandbox_require(lua_State* L);
};

// The location "file:line" of the innermost Lua function running in L, or "".
std::string innermost_location(lua_State* L, int first_level = 0);

}  // namespace fd
