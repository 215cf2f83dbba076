// The program's version (from project() in the top CMakeLists.txt) and the git
// commit it was built from, for --version, the man page and the saves.
#pragma once

namespace fd {

const char* program_version();  // "0.9.0"
const char* build_commit();     // "1a2b3c4", or "unknown" when built outside git

}  // namespace fd
