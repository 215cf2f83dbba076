#include "test_support.hpp"

#include "file_text.hpp"
#include "story_loader.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

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
    std::string dir = temp_dir("cli");
    std::string cmd = "cd '" + std::string(FD_SOURCE_DIR) + "' && " + env + " '" + FD_BINARY + "' " + args + " </dev/null >'" + dir +
                      "/out' 2>'" + dir + "/err'";
    int status = std::system(cmd.c_str());
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

}  // namespace fdtest
