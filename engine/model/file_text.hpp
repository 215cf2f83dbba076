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
FileText read_file(const std::string& path, std::size_t max_bytes);

}  // namespace fd
