// Loads a campaign file (and every encounter it names) or a single encounter
// file into a Story.
#pragma once
#include <memory>
#include <string>

#include "diagnostic.hpp"
#include "lua_sandbox.hpp"
#include "story.hpp"

namespace fd {

struct StoryLoad {
    std::shared_ptr<const Story> story;  // null when there are errors
    Diagnostics diagnostics;
};

StoryLoad load_story(const std::string& path, const SandboxLimits& limits = {});

}  // namespace fd
