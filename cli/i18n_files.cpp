// The i18n commands' files and gettext's tools, run without a shell.
#include "i18n_files.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <filesystem>

#include "language.hpp"

extern char** environ;

namespace fd::cli {

namespace fs = std::filesystem;

std::string po_dir_option(const std::string& given) { return given.empty() ? i18n::shipped_po_dir() : given; }

std::string po_path(const std::string& lang, const std::string& dir) {
    if (lang.size() > 3 && lang.compare(lang.size() - 3, 3, ".po") == 0) return lang;
    return dir + "/" + lang + ".po";
}

std::vector<std::string> template_files(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const char* name : {"frontdoor.pot", "ui.pot"})
        if (fs::is_regular_file(dir + "/" + name, ec)) out.push_back(dir + "/" + name);
    return out;
}

int run_program(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0) return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace fd::cli
