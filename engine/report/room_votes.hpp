// The room's votes of a workshop, one record per decision played, and their
// JSON form in the votes file kept beside the workshop's save
// ("facilitator.json" -> "facilitator_votes.json"). The game, the summary and
// `frontdoor report workshop` all read them through here.
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "mode.hpp"

namespace fd {

// The room's hands for one decision. Not an engine rule: the engine only ever
// sees the answer that was played.
struct RoomVoteRecord {
    std::size_t log_index = 0;  // the decision's event in the session log
    std::string stage, beat;
    std::array<int, 5> counts{};  // by mode_index
    Mode played = Mode::Avoid;
    bool overridden = false;  // the facilitator played an answer the most hands were not for
    bool tie = false;         // the most hands were split, and the facilitator picked one of them
    std::array<int, 5> phones{};  // the part of `counts` voted from phones (the rest were hands)
    int phone_devices = 0;        // phones in the room at the time (0: no room open)
};

nlohmann::json vote_counts_to_json(const std::array<int, 5>& counts);  // {"avoid": 3, ...}
std::array<int, 5> vote_counts_from_json(const nlohmann::json& j);     // missing or negative: 0

nlohmann::json room_votes_to_json(const std::vector<RoomVoteRecord>& votes);
// A damaged or hand-edited entry is skipped; the rest are kept.
std::vector<RoomVoteRecord> room_votes_from_json(const nlohmann::json& array);

// Where the votes of the save at `save_path` are kept: NAME.json -> NAME_votes.json.
std::string room_votes_path(const std::string& save_path);

}  // namespace fd
