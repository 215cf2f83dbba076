// The room's profile from every hand raised, not only the answers played: a
// 10-vote majority against 15 scattered votes shows all 25. Also counts the
// decisions where the room split (no answer had more than half the hands).
#pragma once
#include <array>
#include <vector>

#include "mode.hpp"
#include "room_votes.hpp"

namespace fd {

struct RoomProfile {
    std::array<int, 5> hands{};   // every vote, by mode_index
    std::array<int, 5> played{};  // the answers played, by mode_index
    int total_hands = 0;
    int decisions = 0;
    int decisions_without_votes = 0;
    int splits = 0;    // decisions where no answer had more than half the hands
    PlanePoint mean;   // of every hand (of the answers played when no hands were counted)

    int hands_for(Mode m) const { return hands[static_cast<std::size_t>(mode_index(m))]; }
    int played_for(Mode m) const { return played[static_cast<std::size_t>(mode_index(m))]; }
};

RoomProfile room_profile(const std::vector<RoomVoteRecord>& votes);

}  // namespace fd
