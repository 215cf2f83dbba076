// The window's own files beside the saves: settings, and the room's votes
// (facilitator mode). Both are small JSON files written atomically; a damaged
// one is ignored rather than stopping the game.
#pragma once
#include <string>
#include <vector>

#include "game.hpp"

namespace fdg {

// Reads dir/settings.json; when there is none, fallback_dir/settings.json (where
// settings were kept before they moved to the configuration folder).
Settings read_settings(const std::string& dir, const std::string& fallback_dir = "");
void write_settings(const std::string& dir, const Settings& s);  // throws fd::SaveError

// Votes belong to the facilitator's save: `script` must match or none are read.
// The board (hands counted so far at the open decision) is kept with its place
// in the story, `where`, so a restart mid-vote loses no hands.
struct SavedVotes {
    std::vector<RoomVote> votes;
    std::string where;
    VoteBoard board;
};
SavedVotes read_votes(const std::string& dir, const std::string& script);
void write_votes(const std::string& dir, const std::string& script, const SavedVotes& saved);

// A workshop's session plan (the stage ids played, in order) belongs to the
// facilitator's save of `script`; none (empty) for another script or no plan.
std::vector<std::string> read_plan(const std::string& dir, const std::string& script);
void write_plan(const std::string& dir, const std::string& script, const std::vector<std::string>& stages);

}  // namespace fdg
