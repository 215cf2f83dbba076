// Loads an encounter script in its own sandbox and checks it. A script that
// cannot be played comes back with errors and no encounter.
#pragma once
#include <memory>
#include <string>

#include "diagnostic.hpp"
#include "encounter.hpp"
#include "lua_sandbox.hpp"
#include "script_host.hpp"
#include "vocabulary.hpp"

namespace fd {

struct EncounterLoad {
    std::shared_ptr<const Encounter> encounter;  // null when there are errors
    std::shared_ptr<ScriptHost> host;            // keeps the encounter's functions
    Diagnostics diagnostics;
};

EncounterLoad load_encounter(const std::string& path, const std::string& scripts_root,
                             const SandboxLimits& limits = {});
// Reads the encounter table a script returned (on top of the sandbox's stack); its
// functions go to `host`, which adopts the sandbox.
EncounterLoad read_encounter(ScriptHost& host, const std::shared_ptr<LuaSandbox>& sandbox, const std::string& path);
// The same with a host of its own (in the result).
EncounterLoad read_encounter(std::shared_ptr<LuaSandbox> sandbox, const std::string& path);
// A sandbox with the designers' API, or the error of running the file in it.
std::shared_ptr<LuaSandbox> run_script(const std::string& path, const std::string& scripts_root,
                                       const SandboxLimits& limits, Diagnostics& out);
// The nearest enclosing folder named "scripts", else the file's own folder.
std::string scripts_root_for(const std::string& path);

// Graph checks over a loaded encounter: targets exist, every beat reachable,
// an ending reachable from every beat.
void check_encounter_graph(const Encounter& e, Diagnostics& out);

// Script-relative directory of a path ("scripts/encounters/x.lua" -> "scripts/encounters").
std::string directory_of(const std::string& path);

}  // namespace fd
