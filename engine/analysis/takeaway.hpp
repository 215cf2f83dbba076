// The campaign's takeaway: where the player over-used one mode and under-used
// another, relative to where each fitted, with two or three concrete moments.
// Computed from the debrief items (build_debrief over the whole log); the
// words are the screen's.
#pragma once
#include <array>
#include <optional>
#include <vector>

#include "debrief.hpp"

namespace fd {

struct ModeUse {
    int chosen = 0;         // decisions answered in this mode
    int fitted = 0;         // decisions where it was a best fit
    int chosen_fitted = 0;  // ...and the player chose it there
    int misused() const { return chosen - chosen_fitted; }  // chosen where another mode fitted better
};

struct Takeaway {
    int decisions = 0, best_choices = 0;
    std::array<ModeUse, 5> uses{};  // by mode_index
    // The mode chosen most often where it was not a best fit (at least once).
    std::optional<Mode> over_used;
    // Another mode that was a best fit most often where the player answered
    // with something that fitted less well (at least once).
    std::optional<Mode> under_used;
    int under_missed = 0;  // how often that happened
    // Two or three decisions that show it: the over-used mode chosen where the
    // under-used one fitted first, then other misses of either; in log order.
    std::vector<DebriefItem> moments;
    const ModeUse& use(Mode m) const { return uses[static_cast<std::size_t>(mode_index(m))]; }
};

Takeaway make_takeaway(const std::vector<DebriefItem>& items);

}  // namespace fd
