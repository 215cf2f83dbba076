#include "test_support.hpp"

#include "file_text.hpp"
#include "story_loader.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace fdtest {

namespace fs = std::filesystem;

std::string source_path(const std::string& relative) { return std::string(FD_SOURCE_DIR) + "/" + relative; }

std::string temp_dir(const std::string& tag) {
    static int counter = 0;
    fs::path p = fs::temp_directory_path() /
                 ("fdtest-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::remove_all(p);
    fs::create_directories(p);
    return p.string();
}

std::string write_temp_file(const std::string& dir, const std::string& name, const std::string& text) {
    std::string path = dir + "/" + name;
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string read_text(const std::string& path) {
    return fd::read_file(path, std::size_t{1} << 30).text;  // "" when it cannot be read
}

CliResult run_cli(const std::string& args, const std::string& env) {
    // English unless a test asks for a language: the machine's locale must not change what tests compare.
    return run_command("cd '" + std::string(FD_SOURCE_DIR) + "' && LC_ALL=C LANGUAGE= " + env + " '" + FD_BINARY + "' " + args +
                       " </dev/null");
}

CliResult run_command(const std::string& command) {
    std::string dir = temp_dir("shell");
    int status = std::system((command + " >'" + dir + "/out' 2>'" + dir + "/err'").c_str());
    CliResult r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = read_text(dir + "/out");
    r.err = read_text(dir + "/err");
    fs::remove_all(dir);
    return r;
}

namespace {
bool budget_message(const std::string& m) {
    if (m.find("backstop") != std::string::npos) return false;
    for (const char* kind : {"endless loop", "MB of memory", "budget"})
        if (m.find(kind) != std::string::npos) return true;
    return false;
}
}  // namespace

bool contained_as(const std::string& message, const std::string& expect) {
    if (budget_message(expect)) return budget_message(message);
    return message.find(expect) != std::string::npos;
}

Loaded load_ok(const std::string& path) {
    fd::StoryLoad load = fd::load_story(path);
    std::string messages;
    for (const auto& d : load.diagnostics) messages += d.format() + "\n";
    INFO(messages);
    REQUIRE(load.story);
    return {load.story, load.host};
}

int spawn_until_ready(const std::vector<std::string>& argv) {
    int out[2];
    REQUIRE(::pipe(out) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    REQUIRE(rc == 0);
    char c = 0;
    std::string line;
    while (::read(out[0], &c, 1) == 1 && c != '\n') line += c;
    ::close(out[0]);
    REQUIRE(line == "ready");
    return pid;
}

}  // namespace fdtest
