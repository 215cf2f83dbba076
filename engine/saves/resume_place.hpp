// Where a save resumes when the campaign has changed under it: a stage that is no
// longer in the campaign moves play to the nearest sound place, and the player is
// told so in words instead of finding themselves back at the start.
#pragma once
#include <string>

#include "state.hpp"
#include "story.hpp"

namespace fd {

// Moves `state` off a stage `story` no longer has: to the stage after the last
// finished one that still exists (by the campaign's `next`, else its order), else to
// the start. Returns what the player should be told, "" when the save fits as it is.
// A beat that is gone is only described: Session goes back to the nearest decision.
std::string resume_place(const Story& story, SessionState& state);

}  // namespace fd
