// A workshop's session plan: the facilitator picks which of the campaign's
// encounters to play and in what order, sees each one's estimated time and the
// total, and starts it in the workshop's own save (never a player's). The
// plan is kept beside that save (persist.hpp), so a restart continues it; the
// engine plays it as one story (fd::planned_story), ending in one summary.
#include <algorithm>

#include "game.hpp"
#include "persist.hpp"
#include "session_estimate.hpp"
#include "session_plan.hpp"
#include "ui_text.hpp"

namespace fdg {

std::shared_ptr<const fd::Story> Game::with_plan(std::shared_ptr<const fd::Story> story, const std::vector<std::string>& plan) const {
    if (!story || plan.empty()) return story;
    std::vector<std::string> valid = fd::plan_still_valid(*story, plan);
    return valid.empty() ? story : fd::planned_story(*story, valid);
}

// The campaign's stages, each with its estimate; a saved plan's picks first, in its order.
void Game::build_plan() {
    library_.plan.clear();
    library_.plan_row = 0;
    const auto& story = library_.main_story;
    if (!story) return;
    std::vector<std::string> saved = fd::plan_still_valid(*story, read_plan(save_dir(), opts_.story_path));
    for (const std::string& id : saved) library_.plan.push_back({id, "", "", 0, true});
    for (const fd::Stage& st : story->stages)
        if (std::find(saved.begin(), saved.end(), st.id) == saved.end()) library_.plan.push_back({st.id, "", "", 0, saved.empty()});
    for (PlanEntry& e : library_.plan) {
        const fd::Encounter& enc = *story->stage(e.stage)->encounter;
        e.title = enc.title;
        e.detail = enc.customer.name + " \u00b7 " + enc.place;
        e.decisions = decisions_on_best_path(fd::planned_story(*story, {e.stage}), library_.main_host);
    }
}

void Game::toggle_plan(int row) {
    if (row < 0 || row >= static_cast<int>(library_.plan.size())) return;
    library_.plan[static_cast<std::size_t>(row)].picked = !library_.plan[static_cast<std::size_t>(row)].picked;
    library_.plan_row = row;
}

void Game::move_plan(int row, int delta) {
    int to = row + delta;
    int n = static_cast<int>(library_.plan.size());
    if (row < 0 || row >= n || to < 0 || to >= n) return;
    std::swap(library_.plan[static_cast<std::size_t>(row)], library_.plan[static_cast<std::size_t>(to)]);
    library_.plan_row = to;  // the keyboard stays on the encounter that moved
}

void Game::select_plan_row(int row) {
    library_.plan_row = std::clamp(row, 0, static_cast<int>(library_.plan.size()));
}

void Game::set_minutes_per_decision(int minutes) {
    settings_.minutes_per_decision = std::clamp(minutes, 1, 30);
    save_settings();
}

int Game::plan_decisions() const {
    int n = 0;
    for (const PlanEntry& e : library_.plan) n += e.picked ? e.decisions : 0;
    return n;
}

void Game::start_plan() {
    std::vector<std::string> ids;
    for (const PlanEntry& e : library_.plan)
        if (e.picked) ids.push_back(e.stage);
    if (ids.empty()) {
        notify(fd::tr("Pick at least one encounter for the session."), false, 4);
        return;
    }
    start_with_plan(opts_.story_path, ids);
}

}  // namespace fdg
