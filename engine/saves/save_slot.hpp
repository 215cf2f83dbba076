// A named save on disk with a fallback: each write keeps the previous good save
// beside it, so a damaged file is reported and the last good one is used.
#pragma once
#include <optional>
#include <string>

#include "save.hpp"
#include "save_script.hpp"

namespace fd {

class SaveSlot {
public:
    // With `home` set, saves name their script relative to the scripts folder, and a
    // save whose script is outside it is reported as a problem, never loaded.
    SaveSlot(std::string dir, std::string name = "autosave", ScriptHome home = {});

    const std::string& path() const { return path_; }
    bool exists() const;
    // Creates the folder if needed; throws SaveError when the disk refuses. A current
    // save that cannot be read is renamed NAME.unreadable-DATE.json first, not replaced.
    void write(const SaveGame& g);

    struct Loaded {
        std::optional<SaveGame> game;  // none when there is no usable save
        std::string problem;           // what was wrong, in words for the player ("" when fine)
        bool from_backup = false;
    };
    Loaded load() const;

private:
    std::string set_aside() const;  // returns where the unreadable save went
    SaveGame read(const std::string& path) const;  // with the script checked against home_
    std::string dir_, path_, backup_;
    ScriptHome home_;
};

}  // namespace fd
