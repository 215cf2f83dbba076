// Runs the command argv[1] names, from the command table, or leaves the
// program to the window; prints the main help from the same table.
#include <iostream>

#include "args.hpp"
#include "command_table.hpp"
#include "commands.hpp"
#include "terminal_text.hpp"

namespace fd::cli {

void print_main_help() {
    std::cout << "usage: frontdoor [COMMAND] [OPTIONS]\n"
                 "With no command, opens the game window and plays the shipped campaign.\n\n"
                 "Commands:\n";
    for (const auto& c : command_table()) {
        std::string usage = c.usage;
        usage += std::string(usage.size() < 14 ? 16 - usage.size() : 2, ' ');
        std::cout << "  " << usage << c.summary << "\n";
    }
    std::cout << "Each command has --help. `frontdoor --version` prints the version and the commit.\n"
                 "The shipped scripts: ./scripts when it exists, else the installed ones.\n";
}

int dispatch(int argc, char** argv) {
    if (argc < 2) return -1;
    const Command* command = find_command(argv[1]);
    if (!command || !command->handler) return -1;
    std::vector<std::string> rest(argv + 2, argv + argc);
    try {
        return command->handler(rest);
    } catch (const UsageError& e) {
        std::cerr << "frontdoor " << command->name << ": " << terminal_text(e.what()) << "\n(see: frontdoor "
                  << command->name << " --help)\n";
        return 2;
    }
}

}  // namespace fd::cli
