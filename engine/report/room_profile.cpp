// The room's profile from every vote (see room_profile.hpp).
#include "room_profile.hpp"

#include "room_vote.hpp"

namespace fd {

namespace {

PlanePoint weighted_mean(const std::array<int, 5>& counts) {
    double a = 0, c = 0, n = 0;
    for (Mode m : kAllModes) {
        double k = counts[static_cast<std::size_t>(mode_index(m))];
        a += k * mode_position(m).assertiveness;
        c += k * mode_position(m).cooperativeness;
        n += k;
    }
    if (n == 0) return {};
    return {a / n, c / n};
}

}  // namespace

RoomProfile room_profile(const std::vector<RoomVoteRecord>& votes) {
    RoomProfile p;
    for (const auto& v : votes) {
        ++p.decisions;
        ++p.played[static_cast<std::size_t>(mode_index(v.played))];
        Tally t = tally_votes(v.counts);
        if (t.total == 0) ++p.decisions_without_votes;
        if (room_split(t)) ++p.splits;
        p.total_hands += t.total;
        for (std::size_t i = 0; i < 5; ++i) p.hands[i] += v.counts[i];
    }
    p.mean = weighted_mean(p.total_hands ? p.hands : p.played);
    return p;
}

}  // namespace fd
