// The scripts of one loaded story, as a named object: it owns the Lua states
// (the campaign script's and each encounter's), keeps the functions the story's
// data refers to by ScriptRef, and makes the calls a session needs.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "encounter.hpp"
#include "lua_sandbox.hpp"
#include "script_ref.hpp"
#include "state.hpp"

namespace fd {

// Where play was when it called a script, for error messages ("" = not said).
struct CallSite {  // views into the story and the session, valid for the call
    std::string_view beat;
    std::string_view stage;
};

class ScriptHost {
public:
    ScriptHost() = default;
    ScriptHost(const ScriptHost&) = delete;
    ScriptHost& operator=(const ScriptHost&) = delete;

    // Keeps the sandbox (and what require() loaded into it) for as long as the host lives.
    void adopt(const std::shared_ptr<LuaSandbox>& sandbox);
    // Keeps the function on top of the sandbox's stack (and pops it). `file`:`line` is
    // where it is written in the story, for errors when the function has no Lua source.
    ScriptRef keep_function(const std::shared_ptr<LuaSandbox>& sandbox, const std::string& file, int line);

    // Plain effects as they are; a function's effects computed against the state.
    Effects resolve_effects(const Effects& fx, SessionState& s, const CallSite& at);
    bool evaluate_condition(ScriptRef condition, SessionState& s, const CallSite& at);
    // A stage id, or nothing when the function returns nil (the campaign ends).
    std::optional<std::string> stage_next(ScriptRef next, SessionState& s, const CallSite& at);

    // The files require() loaded in any of the story's scripts (hot reload watches them).
    std::vector<std::string> module_files() const;
    // A full garbage collection in every Lua state (long-lived hosts, e.g. the fuzzers').
    void collect_garbage();

private:
    struct Kept {
        LuaSandbox* sandbox;
        int lua_ref;
        std::string file;  // the function's definition, else where the story names it
        int line;
    };
    const Kept& kept(ScriptRef ref) const;
    // Runs one call; errors name the function's file:line when the engine found none,
    // and always the beat (and stage).
    template <class Fn>
    auto located(ScriptRef ref, const CallSite& at, Fn fn);

    std::vector<std::shared_ptr<LuaSandbox>> sandboxes_;
    std::vector<Kept> kept_;
};

}  // namespace fd
