// A workshop's session plan: some of a campaign's stages, in the order the
// facilitator picked. The plan is played as a story of its own: the picked
// stages, each going to the next picked one, the last ending the session; the
// stages left out are skipped, and no stage's own `next` choice applies.
#pragma once
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "story.hpp"

namespace fd {

// A plan that cannot be played: empty, a stage named twice, or a stage not in the campaign.
class PlanError : public std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// The campaign's stages `stage_ids`, in that order, as one story (same file, id and title).
std::shared_ptr<const Story> planned_story(const Story& campaign, const std::vector<std::string>& stage_ids);

// The ids of `wanted` that `campaign` still has, in order, each once (a saved
// plan after the campaign changed); empty when none is left.
std::vector<std::string> plan_still_valid(const Story& campaign, const std::vector<std::string>& wanted);

}  // namespace fd
