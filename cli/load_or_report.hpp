// Loads a story for a command; on errors prints them (FILE:LINE: ...) to stderr,
// terminal-safe.
#pragma once
#include <iostream>
#include <memory>
#include <string>

#include "story.hpp"
#include "story_loader.hpp"
#include "terminal_text.hpp"

namespace fd::cli {

inline std::shared_ptr<const Story> load_or_report(const std::string& path) {
    StoryLoad load = load_story(path);
    if (!load.story)
        for (const auto& d : load.diagnostics)
            if (d.severity == Severity::Error) {
                std::cerr << terminal_text(d.format()) << "\n";
                if (!d.traceback.empty()) std::cerr << terminal_text(d.traceback) << "\n";
            }
    return load.story;
}

}  // namespace fd::cli
