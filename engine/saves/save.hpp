// Progress as JSON on disk, written atomically. A save is data: it is parsed,
// checked and never run.
#pragma once
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "state.hpp"

namespace fd {

class SaveError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct SaveGame {
    std::string script;  // the story file it was played from
    std::string player;  // the name the player gave
    std::uint64_t seed = 1;
    SessionState state;
};

nlohmann::json state_to_json(const SessionState& s);
SessionState state_from_json(const nlohmann::json& j);  // throws SaveError
nlohmann::json save_to_json(const SaveGame& g);
SaveGame save_from_json(const nlohmann::json& j);  // throws SaveError

// Writes via a temporary file, fsync and rename: the old save survives any crash.
void write_file_atomically(const std::string& path, const std::string& contents);
void write_save(const std::string& path, const SaveGame& g);
// Throws SaveError naming the file and what is wrong with it.
SaveGame read_save(const std::string& path);
std::string read_save_text(const std::string& path);                   // throws SaveError
SaveGame parse_save(const std::string& text, const std::string& path);  // `path` for messages

// $XDG_DATA_HOME/frontdoor, else ~/.local/share/frontdoor.
std::string default_save_dir();

}  // namespace fd
