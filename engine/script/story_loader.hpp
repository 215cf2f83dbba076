// Loads a campaign file (and every encounter it names) or a single encounter
// file into a Story, and the ScriptHost that runs its scripts.
#pragma once
#include <memory>
#include <string>

#include "diagnostic.hpp"
#include "lua_sandbox.hpp"
#include "script_host.hpp"
#include "story.hpp"

namespace fd {

struct StoryLoad {
    std::shared_ptr<const Story> story;  // null when there are errors
    std::shared_ptr<ScriptHost> host;    // the story's scripts; a session plays both together
    Diagnostics diagnostics;
};

StoryLoad load_story(const std::string& path, const SandboxLimits& limits = {});

}  // namespace fd
