// Loads a story for a command; on errors prints them (FILE:LINE: ...) to stderr,
// terminal-safe, in the command line's language (diagnostic_text.hpp).
#pragma once
#include <iostream>
#include <memory>
#include <string>

#include "story.hpp"
#include "story_loader.hpp"
#include "diagnostic_text.hpp"
#include "terminal_text.hpp"

namespace fd::cli {

// `host`, when given, receives the story's ScriptHost (what a Session needs with it).
inline std::shared_ptr<const Story> load_or_report(const std::string& path, std::shared_ptr<ScriptHost>* host = nullptr) {
    StoryLoad load = load_story(path);
    if (host) *host = load.host;
    if (!load.story)
        for (const auto& d : load.diagnostics)
            if (d.severity == Severity::Error) {
                std::cerr << terminal_text(diagnostic_text(d)) << "\n";
                if (!d.traceback.empty()) std::cerr << terminal_text(d.traceback) << "\n";
            }
    return load.story;
}

}  // namespace fd::cli
