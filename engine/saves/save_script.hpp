// Which script a save continues. A save names its script relative to the scripts
// folder, and continuing refuses any script outside it: a save is data, and must
// not be able to point the game at some other Lua file on the disk.
#pragma once
#include <string>

namespace fd {

struct ScriptHome {
    std::string scripts_dir;  // the scripts folder
    std::string launched;     // the story the game was started with (allowed wherever it is)
    bool set() const { return !scripts_dir.empty(); }
};

// `script` as a save names it: relative to the scripts folder when inside it, else as given.
std::string script_name_for_save(const std::string& script, const ScriptHome& home);
// The file to load for the script a save names: relative names from the scripts folder;
// old saves' paths (relative to where the game ran, or absolute) when they lead inside it.
// Throws SaveError when it leads anywhere else (absolute, "..", a symbolic link out).
std::string script_from_save(const std::string& saved, const ScriptHome& home);

}  // namespace fd
