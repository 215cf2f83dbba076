// How a workshop room's show of hands decides the answer played: the one answer
// with the most hands wins; no hands, or a tie at the top, decides nothing and
// the facilitator picks.
#pragma once
#include <array>
#include <vector>

#include "mode.hpp"

namespace fd {

struct Tally {
    int total = 0;              // hands counted
    int top = 0;                // the most hands any answer has
    std::vector<Mode> leaders;  // the answers with `top` hands (none while nobody voted)

    bool decided() const { return leaders.size() == 1; }
    Mode winner() const { return leaders.front(); }  // only when decided()
};

// `counts` by mode_index; leaders come in kAllModes order.
Tally tally_votes(const std::array<int, 5>& counts);

// The room split: hands were counted and no answer has more than half of them.
bool room_split(const Tally& t);

}  // namespace fd
