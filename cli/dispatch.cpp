// Runs the command argv[1] names, from the command table, or leaves the
// program to the window; prints the main help from the same table. A command's
// --lang (else the system locale) picks the language it speaks.
#include <iostream>

#include "args.hpp"
#include "cli_language.hpp"
#include "command_table.hpp"
#include "commands.hpp"
#include "terminal_text.hpp"
#include "ui_text.hpp"

namespace fd::cli {

void print_main_help() {
    if (!ui_catalog()) use_cli_language("");  // the system locale's (the window's --help)
    std::cout << tr("usage: frontdoor [COMMAND] [OPTIONS]\n"
                    "With no command, opens the game window and plays the shipped campaign.\n\n"
                    "Commands:\n");
    for (const auto& c : command_table()) {
        std::string usage = c.usage;
        usage += std::string(usage.size() < 14 ? 16 - usage.size() : 2, ' ');
        std::cout << "  " << usage << tr(c.summary) << "\n";
    }
    std::cout << tr("Each command has --help. `frontdoor --version` prints the version and the commit.\n"
                    "The shipped scripts: ./scripts when it exists, else the installed ones.\n");
}

int dispatch(int argc, char** argv) {
    if (argc < 2) return -1;
    const Command* command = find_command(argv[1]);
    if (!command || !command->handler) return -1;
    std::vector<std::string> rest(argv + 2, argv + argc);
    try {
        use_cli_language(take_lang_option(rest));
        return command->handler(rest);
    } catch (const UsageError& e) {
        std::cerr << format_text(tr("frontdoor {command}: {problem}\n(see: frontdoor {command} --help)\n"),
                                 {{"command", command->name}, {"problem", terminal_text(e.what())}});
        return 2;
    }
}

}  // namespace fd::cli
