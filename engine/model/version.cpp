// The version and commit, filled in at configure time (engine/CMakeLists.txt
// writes build_info.hpp into the build tree).
#include "version.hpp"

#include "build_info.hpp"

namespace fd {

const char* program_version() { return FRONTDOOR_VERSION; }
const char* build_commit() { return FRONTDOOR_COMMIT; }

}  // namespace fd
