// The lookups in data_paths.hpp: the shipped scripts beside the program, and
// the XDG configuration folder.
#include "data_paths.hpp"

#include <cstdlib>
#include <filesystem>

namespace fd {

namespace fs = std::filesystem;

std::string executable_dir(const std::string& argv0) {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) exe = fs::absolute(argv0, ec);
    return exe.parent_path().string();
}

std::string scripts_dir_for(const std::string& current_dir, const std::string& exe_dir) {
    std::error_code ec;
    fs::path here = fs::path(current_dir) / "scripts";
    fs::path installed = (fs::path(exe_dir) / ".." / "share" / "frontdoor" / "scripts").lexically_normal();
    fs::path build_tree = (fs::path(exe_dir) / ".." / "scripts").lexically_normal();
    for (const fs::path& p : {here, installed, build_tree})
        if (fs::is_directory(p, ec)) return p.lexically_normal().string();
    return installed.string();
}

std::string shipped_scripts_dir(const std::string& argv0) {
    std::error_code ec;
    return scripts_dir_for(fs::current_path(ec).string(), executable_dir(argv0));
}

std::string config_dir() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg) return std::string(xdg) + "/frontdoor";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.config/frontdoor";
}

}  // namespace fd
