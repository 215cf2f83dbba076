// Helpers shared by the tests: paths into the source tree, temporary folders,
// running the frontdoor binary and capturing what it prints.
#pragma once
#include <string>
#include <vector>

#include "script_host.hpp"
#include "story.hpp"

namespace fdtest {

std::string source_path(const std::string& relative);
std::string temp_dir(const std::string& tag);
std::string write_temp_file(const std::string& dir, const std::string& name, const std::string& text);
std::string read_text(const std::string& path);

struct CliResult {
    int code = -1;
    std::string out, err;
};
// Runs build/frontdoor with the arguments (already shell-quoted where needed), stdin from /dev/null.
CliResult run_cli(const std::string& args, const std::string& env = "");
// Runs a shell command line: its exit code, stdout and stderr.
CliResult run_command(const std::string& command);

// A hostile script's error matches what its case expects. A case expecting the budget
// ("endless loop", "MB of memory", "budget") is met by either limit that decides it,
// instructions or memory; never by the wall-time backstop, which no hostile script
// may need.
bool contained_as(const std::string& message, const std::string& expect);

// A loaded story and the host of its scripts: auto [story, host] = load_ok(path).
struct Loaded {
    std::shared_ptr<const fd::Story> story;
    std::shared_ptr<fd::ScriptHost> host;
};
// Loads a story, failing the test with the diagnostics when it does not load.
Loaded load_ok(const std::string& path);

// Starts `argv[0]` with `argv` and returns its pid once it prints "ready" on a
// line of its own (the crash tests kill it after that, mid-write).
int spawn_until_ready(const std::vector<std::string>& argv);

}  // namespace fdtest
