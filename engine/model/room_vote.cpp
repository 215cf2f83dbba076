#include "room_vote.hpp"

namespace fd {

Tally tally_votes(const std::array<int, 5>& counts) {
    Tally t;
    for (Mode m : kAllModes) {
        int n = counts[static_cast<std::size_t>(mode_index(m))];
        t.total += n;
        if (n <= 0) continue;
        if (n > t.top) {
            t.top = n;
            t.leaders = {m};
        } else if (n == t.top) {
            t.leaders.push_back(m);
        }
    }
    return t;
}

bool room_split(const Tally& t) { return t.total > 0 && t.top * 2 <= t.total; }

}  // namespace fd
