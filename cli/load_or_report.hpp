// Loads a story for a command; on errors prints them (FILE:LINE: ...) to stderr.
#pragma once
#include <iostream>
#include <memory>
#include <string>

#include "story.hpp"
#include "story_loader.hpp"

namespace fd::cli {

inline std::shared_ptr<const Story> load_or_report(const std::string& path) {
    StoryLoad load = load_story(path);
    if (!load.story)
        for (const auto& d : load.diagnostics)
            if (d.severity == Severity::Error) {
                std::cerr << d.format() << "\n";
                if (!d.traceback.empty()) std::cerr << d.traceback << "\n";
            }
    return load.story;
}

}  // namespace fd::cli
