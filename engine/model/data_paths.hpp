// Where Front Door finds what it ships (the scripts) and where it keeps the
// player's settings: one lookup for the window and the command line, so an
// installed copy (/usr/bin/frontdoor) works from any folder.
#pragma once
#include <string>

namespace fd {

// The folder of the running program (/proc/self/exe, else argv0 made absolute).
std::string executable_dir(const std::string& argv0 = "");

// The shipped scripts: the first folder that exists of
//   ./scripts                              (a designer's own folder, or the source tree)
//   <exe dir>/../share/frontdoor/scripts   (installed: /usr/bin -> /usr/share/frontdoor,
//                                           also inside a throw-away root)
//   <exe dir>/../scripts                   (a build tree in the source tree: build/frontdoor)
// When none does, the installed place, so a message names where they should be.
std::string shipped_scripts_dir(const std::string& argv0 = "");
// The same rule for a given current folder and program folder.
std::string scripts_dir_for(const std::string& current_dir, const std::string& exe_dir);

// The player's settings: $XDG_CONFIG_HOME/frontdoor, else ~/.config/frontdoor.
std::string config_dir();

}  // namespace fd
