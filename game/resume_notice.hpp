// The notice shown when a save resumes somewhere else because the campaign changed
// under it (fd::resume_place, engine/saves/resume_place.hpp), in the player's language.
#pragma once
#include <string>

#include "resume_place.hpp"

namespace fdg {

// "The stage 'x' in this save is no longer in the campaign; resuming at ...";
// "" when nothing moved.
std::string resume_notice(const fd::ResumeMove& move);

}  // namespace fdg
