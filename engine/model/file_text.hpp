// The one way the engine, the game and the tools read a whole file: with a size
// cap checked before anything is read, and a reason in words when it fails.
#pragma once
#include <cstddef>
#include <string>

namespace fd {

struct FileText {
    bool ok = false;
    std::string text;   // the file's bytes, when ok
    std::string error;  // when not ok: "cannot open: No such file or directory",
                        // "is a directory", "is 52428800 bytes, over the limit of 8388608"
};

// Reads `path` whole, refusing a directory and anything over `max_bytes`.
// While a SourceOverlay for `path` is alive on this thread, its text instead.
FileText read_file(const std::string& path, std::size_t max_bytes);

// An editor's unsaved text for one file: every read_file of that path on this
// thread (the sandbox, require, the loaders' line lookups) sees it, so the
// language server lints a buffer through the very loaders `lint` uses. Paths
// match by their absolute, normalised form. Only the language server makes them.
class SourceOverlay {
public:
    SourceOverlay(const std::string& path, std::string text);
    ~SourceOverlay();
    SourceOverlay(const SourceOverlay&) = delete;
    SourceOverlay& operator=(const SourceOverlay&) = delete;

private:
    std::string key_;
};

}  // namespace fd
