// Loads a story for a command; on errors prints them (FILE:LINE: ...) to stderr.
#pragma once
#include <iostream>
#include <memory>
#include <string>

#include "story.hpp"
#include "story_loader.hpp"

namespace fd::cli {

// `host`, when given, receives the story's ScriptHost (what a Session needs with it).
inline std::shared_ptr<const Story> load_or_report(const std::string& path, std::shared_ptr<ScriptHost>* host = nullptr) {
    StoryLoad load = load_story(path);
    if (host) *host = load.host;
    if (!load.story)
        for (const auto& d : load.diagnostics)
            if (d.severity == Severity::Error) {
                std::cerr << d.format() << "\n";
                if (!d.traceback.empty()) std::cerr << d.traceback << "\n";
            }
    return load.story;
}

}  // namespace fd::cli
