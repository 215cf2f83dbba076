// The one table of `frontdoor` commands: name, usage, summary and handler. It
// feeds dispatch, the main help and the window's option parsing (which asks it
// whether argv[1] is a command).
#pragma once
#include <string>
#include <vector>

namespace fd::cli {

// Runs a command on the arguments after its name; returns the exit code.
using CommandHandler = int (*)(const std::vector<std::string>& args);

struct Command {
    const char* name;     // "run"
    const char* usage;    // "run PATH", as the main help shows it
    const char* summary;  // one line for the main help
    // nullptr: the window takes over (play; help, which prints the main help
    // and the window's options, as --help does).
    CommandHandler handler;
};

const std::vector<Command>& command_table();
// The command called `name`, or nullptr.
const Command* find_command(const std::string& name);
std::vector<std::string> command_names();

}  // namespace fd::cli
