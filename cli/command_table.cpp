// The commands of the one `frontdoor` binary, in the order the main help lists them.
#include "command_table.hpp"

#include "commands.hpp"
#include "ui_text.hpp"

namespace fd::cli {

const std::vector<Command>& command_table() {
    static const std::vector<Command> table = {
        {"play", "play [PATH]", N_("open the window on a campaign or encounter (frontdoor play --help)"), nullptr},
        {"run", "run PATH", N_("play in the terminal, print a transcript and debrief"), cmd_run},
        {"lint", "lint [PATH...]", N_("check scripts (default: the shipped scripts)"), cmd_lint},
        {"test", "test [PATH...]", N_("run designers' test plans (default: the shipped tests/)"), cmd_test},
        {"explore", "explore PATH", N_("walk every path: endings, unreachable beats, strategies"), cmd_explore},
        {"balance", "balance [PATH...]", N_("the strategy x encounter table (default: the shipped encounters/)"), cmd_balance},
        {"graph", "graph PATH", N_("a Graphviz graph of an encounter (--format dot|svg)"), cmd_graph},
        {"new", "new NAME", N_("write a new encounter from the scaffold"), cmd_new},
        {"lsp", "lsp", N_("a language server for editors, on stdin/stdout (scripts/README.md)"), cmd_lsp},
        {"report", "report records|workshop", N_("the manager's report of learner records, or a workshop's handout (--csv F, --html F)"), cmd_report},
        {"records", "records list|delete|send|status", N_("a player's records; send statements to the LRS"), cmd_records},
        {"i18n", "i18n extract|update|check", N_("translations: the template, merging it into LANG.po, checking one (docs/translating.md)"), cmd_i18n},
        {"help", "help", N_("this text and the window's options (as --help)"), nullptr},
    };
    return table;
}

const Command* find_command(const std::string& name) {
    for (const auto& c : command_table())
        if (name == c.name) return &c;
    return nullptr;
}

std::vector<std::string> command_names() {
    std::vector<std::string> names;
    for (const auto& c : command_table()) names.push_back(c.name);
    return names;
}

}  // namespace fd::cli
