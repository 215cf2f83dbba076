// The room's votes to and from JSON (see room_votes.hpp).
#include "room_votes.hpp"

#include <algorithm>
#include <filesystem>

namespace fd {

using nlohmann::json;

json vote_counts_to_json(const std::array<int, 5>& counts) {
    json out = json::object();
    for (Mode m : kAllModes) out[mode_name(m)] = counts[static_cast<std::size_t>(mode_index(m))];
    return out;
}

std::array<int, 5> vote_counts_from_json(const json& j) {
    std::array<int, 5> out{};
    if (!j.is_object()) return out;
    for (Mode m : kAllModes) {
        const auto& v = j.value(mode_name(m), json(0));
        if (v.is_number_integer()) out[static_cast<std::size_t>(mode_index(m))] = std::clamp(v.get<long long>(), 0LL, 9999LL);
    }
    return out;
}

json room_votes_to_json(const std::vector<RoomVoteRecord>& votes) {
    json arr = json::array();
    for (const auto& r : votes) {
        arr.push_back({{"log_index", r.log_index},
                       {"stage", r.stage},
                       {"beat", r.beat},
                       {"counts", vote_counts_to_json(r.counts)},
                       {"played", mode_name(r.played)},
                       {"overridden", r.overridden},
                       {"tie", r.tie}});
        if (r.phone_devices > 0) {  // the room voted from phones too: which part of the counts
            arr.back()["phones"] = vote_counts_to_json(r.phones);
            arr.back()["phone_devices"] = r.phone_devices;
        }
    }
    return arr;
}

std::vector<RoomVoteRecord> room_votes_from_json(const json& array) {
    std::vector<RoomVoteRecord> out;
    if (!array.is_array()) return out;
    for (const auto& v : array) {
        try {
            RoomVoteRecord r;
            r.log_index = v.at("log_index").get<std::size_t>();
            r.stage = v.at("stage").get<std::string>();
            r.beat = v.at("beat").get<std::string>();
            auto played = parse_mode(v.at("played").get<std::string>());
            if (!played) continue;
            r.played = *played;
            r.overridden = v.value("overridden", false);
            r.tie = v.value("tie", false);
            r.counts = vote_counts_from_json(v.at("counts"));
            r.phones = vote_counts_from_json(v.value("phones", json::object()));  // older saves: no phones
            r.phone_devices = std::max(0, v.value("phone_devices", 0));
            out.push_back(std::move(r));
        } catch (const json::exception&) {
            // A hand-edited or damaged entry: skip it, keep the rest.
        }
    }
    return out;
}

std::string room_votes_path(const std::string& save_path) {
    std::filesystem::path p(save_path);
    return (p.parent_path() / (p.stem().string() + "_votes.json")).string();
}

}  // namespace fd
