// HotReload: the story's files and their modification times, polled for edits.
#include "hot_reload.hpp"

#include "diagnostic_text.hpp"
#include "script_host.hpp"

#include <system_error>

namespace fdg {

HotReload::Stamp HotReload::stamp_of(const std::string& path) {
    std::error_code ec;
    auto t = std::filesystem::last_write_time(path, ec);
    return ec ? Stamp::min() : t;  // a file being rewritten may briefly be missing
}

void HotReload::watch(const fd::Story& story, const fd::ScriptHost& host) {
    files_.clear();
    watch_file(story.file);
    for (const auto& st : story.stages)
        if (st.encounter) watch_file(st.encounter->file);
    for (const auto& m : host.module_files()) watch_file(m);  // what require() loaded
}

void HotReload::watch_file(const std::string& path) {
    for (const auto& f : files_)
        if (f.first == path) return;
    files_.emplace_back(path, stamp_of(path));
}

bool HotReload::changed(double now) {
    if (now < next_poll_) return false;
    next_poll_ = now + kPollSeconds;
    bool any = false;
    for (auto& [path, stamp] : files_) {
        Stamp s = stamp_of(path);
        if (s != stamp) {
            stamp = s;
            any = true;
        }
    }
    return any;
}

std::string HotReload::last_error_text() const { return fd::errors_text(errors); }

}  // namespace fdg
