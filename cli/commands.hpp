// The command-line side of the one `frontdoor` binary. Each command returns
// its exit code: 0 done, 1 a script or data problem, 2 bad usage.
#pragma once
#include <string>
#include <vector>

namespace fd::cli {

int cmd_lint(const std::vector<std::string>& args);
int cmd_run(const std::vector<std::string>& args);
int cmd_test(const std::vector<std::string>& args);
int cmd_explore(const std::vector<std::string>& args);
int cmd_balance(const std::vector<std::string>& args);
int cmd_graph(const std::vector<std::string>& args);
int cmd_new(const std::vector<std::string>& args);
int cmd_lsp(const std::vector<std::string>& args);
int cmd_report(const std::vector<std::string>& args);
int cmd_records(const std::vector<std::string>& args);
int cmd_i18n(const std::vector<std::string>& args);
int report_records(const std::vector<std::string>& args);  // frontdoor report records
int report_workshop(const std::vector<std::string>& args);  // frontdoor report workshop

// Runs `frontdoor <command> ...` when argv[1] names a command of the command
// table that has a handler; returns -1 when it does not (the window takes over).
int dispatch(int argc, char** argv);
void print_main_help();  // from the command table

}  // namespace fd::cli
