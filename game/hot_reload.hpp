// Watches the story's files so designers see their edits without restarting:
// polled about every 500 ms (a stat per file, nothing while the files are still).
#pragma once
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "diagnostic.hpp"
#include "story.hpp"

namespace fd {
class ScriptHost;
}

namespace fdg {

class HotReload {
public:
    static constexpr double kPollSeconds = 0.5;

    // Watches the story file, every encounter file it loaded and the modules they required.
    void watch(const fd::Story& story, const fd::ScriptHost& host);
    void watch_file(const std::string& path);
    void watch_only(const std::string& path) {  // a story that did not load: its file alone
        files_.clear();
        watch_file(path);
    }
    // True when a watched file changed since the last call (checks at most every kPollSeconds).
    bool changed(double now);
    double next_poll() const { return next_poll_; }

    fd::Diagnostics errors;  // the last reload's errors; the old story keeps running meanwhile
    std::string last_error_text() const;

private:
    using Stamp = std::filesystem::file_time_type;
    std::vector<std::pair<std::string, Stamp>> files_;
    double next_poll_ = 0;
    static Stamp stamp_of(const std::string& path);
};

}  // namespace fdg
