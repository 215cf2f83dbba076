// What `frontdoor lint` finds in files and folders, as data: the command prints
// it, the language server publishes it.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "diagnostic.hpp"

namespace fd::cli {

// Lints every .lua file under each path (a file or a folder), sorted by file
// and line, each message once. `files_checked` (optional) counts the files.
Diagnostics lint_paths(const std::vector<std::string>& paths, std::size_t* files_checked = nullptr);

}  // namespace fd::cli
