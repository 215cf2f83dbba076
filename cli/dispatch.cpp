#include <cstring>
#include <iostream>

#include "args.hpp"
#include "commands.hpp"

namespace fd::cli {

void print_main_help() {
    std::cout << "usage: frontdoor [COMMAND] [OPTIONS]\n"
                 "With no command, opens the game window and plays the shipped campaign.\n\n"
                 "Commands:\n"
                 "  play [PATH]     open the window on a campaign or encounter (frontdoor play --help)\n"
                 "  run PATH        play in the terminal, print a transcript and debrief\n"
                 "  lint [PATH...]  check scripts (default scripts/)\n"
                 "  test [PATH...]  run designers' test plans (default scripts/tests/)\n"
                 "  explore PATH    walk every path: endings, unreachable beats, strategies\n"
                 "  balance [PATH...]  the strategy x encounter table (default scripts/encounters/)\n"
                 "  graph PATH      a Graphviz graph of an encounter (--format dot|svg)\n"
                 "  new NAME        write a new encounter from the scaffold\n"
                 "Each command has --help.\n";
}

int dispatch(int argc, char** argv) {
    if (argc < 2) return -1;
    std::string cmd = argv[1];
    std::vector<std::string> rest(argv + 2, argv + argc);
    int (*fn)(const std::vector<std::string>&) = nullptr;
    if (cmd == "lint") fn = cmd_lint;
    else if (cmd == "run") fn = cmd_run;
    else if (cmd == "test") fn = cmd_test;
    else if (cmd == "explore") fn = cmd_explore;
    else if (cmd == "balance") fn = cmd_balance;
    else if (cmd == "graph") fn = cmd_graph;
    else if (cmd == "new") fn = cmd_new;
    if (!fn) return -1;
    try {
        return fn(rest);
    } catch (const UsageError& e) {
        std::cerr << "frontdoor " << cmd << ": " << e.what() << "\n(see: frontdoor " << cmd << " --help)\n";
        return 2;
    }
}

}  // namespace fd::cli
