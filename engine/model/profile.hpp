// The player's Thomas-Kilmann profile, computed from the event log.
#pragma once
#include <array>
#include <vector>

#include "mode.hpp"
#include "state.hpp"

namespace fd {

struct Profile {
    std::array<int, 5> counts{};  // by mode_index
    int decisions = 0;
    int best_fit_choices = 0;     // chose an answer with the highest fit offered
    PlanePoint mean;              // mean position on the plane (0,0 with no decisions)

    double best_fit_share() const { return decisions ? double(best_fit_choices) / decisions : 0.0; }
    int count(Mode m) const { return counts[static_cast<std::size_t>(mode_index(m))]; }
};

Profile compute_profile(const std::vector<Event>& log);

}  // namespace fd
