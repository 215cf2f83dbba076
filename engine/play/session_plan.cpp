// A session plan as a story of its own (see session_plan.hpp).
#include "session_plan.hpp"

#include <algorithm>

namespace fd {

std::shared_ptr<const Story> planned_story(const Story& campaign, const std::vector<std::string>& stage_ids) {
    if (stage_ids.empty()) throw PlanError("a session plan needs at least one encounter");
    auto plan = std::make_shared<Story>();
    plan->file = campaign.file;
    plan->id = campaign.id;
    plan->title = campaign.title;
    plan->is_campaign = campaign.is_campaign;
    for (const std::string& id : stage_ids) {
        const Stage* st = campaign.stage(id);
        if (!st) throw PlanError("the session plan names '" + id + "', which is not a stage of " + campaign.file);
        if (plan->stage(id)) throw PlanError("the session plan names '" + id + "' twice");
        Stage copy = *st;
        copy.next.clear();
        copy.next_function = {};  // the plan decides what comes next, not the stage's script
        if (!plan->stages.empty()) plan->stages.back().next = id;
        plan->stages.push_back(std::move(copy));
    }
    plan->start = stage_ids.front();
    return plan;
}

std::vector<std::string> plan_still_valid(const Story& campaign, const std::vector<std::string>& wanted) {
    std::vector<std::string> out;
    for (const std::string& id : wanted)
        if (campaign.stage(id) && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    return out;
}

}  // namespace fd
