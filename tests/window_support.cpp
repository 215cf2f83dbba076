// Running the real frontdoor headless for tests: its --state-json and PNG, read back.
#include "window_support.hpp"

#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stb/stb_image.h>

extern char** environ;

namespace fdtest {

namespace fs = std::filesystem;

namespace {

// Thread-safe: the runs start from several threads at once.
std::string fresh_dir(const std::string& tag) {
    static std::atomic<int> counter{0};
    fs::path p = fs::temp_directory_path() /
                 ("fdwin-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::remove_all(p);
    fs::create_directories(p);
    return p.string();
}

// posix_spawn and waitpid, unlike std::system, are safe from several threads.
int run_shell(const std::string& command) {
    const char* argv[] = {"/bin/sh", "-c", command.c_str(), nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) != 0) return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

long Png::count_near(int r, int g, int b, int tolerance) const {
    long n = 0;
    for (std::size_t i = 0; i + 3 < rgba.size(); i += 4)
        if (std::abs(rgba[i] - r) <= tolerance && std::abs(rgba[i + 1] - g) <= tolerance &&
            std::abs(rgba[i + 2] - b) <= tolerance)
            ++n;
    return n;
}

long Png::distinct_colours() const {
    std::set<unsigned> colours;
    for (std::size_t i = 0; i + 3 < rgba.size(); i += 4)
        colours.insert(static_cast<unsigned>(rgba[i]) << 16 | static_cast<unsigned>(rgba[i + 1]) << 8 | rgba[i + 2]);
    return static_cast<long>(colours.size());
}

Png read_png(const std::string& path) {
    Png png;
    int w = 0, h = 0, channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
    if (!data) return png;
    png.width = w;
    png.height = h;
    png.rgba.assign(data, data + static_cast<std::size_t>(w) * h * 4);
    stbi_image_free(data);
    return png;
}

TempDir::TempDir(const std::string& tag) : path(fresh_dir(tag)) {}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
}

std::string WindowRun::screen() const {
    if (!state.is_object() || !state.contains("window")) return "";
    return state["window"].value("screen", "");
}

std::string WindowRun::describe() const {
    return "command: " + command + "\nexit code: " + std::to_string(code) + "\nstderr: " + err;
}

WindowRun run_window(const WindowCall& call) {
    std::string dir = fresh_dir("run");
    std::string args = call.args;
    if (args.find("--save-dir") == std::string::npos) args += " --save-dir '" + dir + "/save'";
    WindowRun r;
    r.command = call.env + " frontdoor " + args;
    // The dummy video driver and a software renderer, whatever display the
    // machine has; the environment is set here, in the command, because
    // ctest's environment does not reach Catch2's test discovery.
    // FRONTDOOR_SKIP_INTRO=1: the key flows start at the first encounter, as
    // for a player who has seen the introduction (a call's env can set it to 0).
    std::string cmd = "cd '" + std::string(FD_SOURCE_DIR) + "' && SDL_VIDEODRIVER=dummy FRONTDOOR_TIMING=0 FRONTDOOR_SKIP_INTRO=1 " + call.env +
                      " '" + FD_BINARY + "' " + args + " --screenshot '" + dir + "/shot.png' --state-json '" + dir +
                      "/state.json' </dev/null >'" + dir + "/out' 2>'" + dir + "/err'";
    r.code = run_shell(cmd);
    r.out = read_text(dir + "/out");
    r.err = read_text(dir + "/err");
    std::string json = read_text(dir + "/state.json");
    if (!json.empty()) r.state = nlohmann::json::parse(json, nullptr, false);
    r.png = read_png(dir + "/shot.png");
    std::error_code ec;
    if (!call.keep_png.empty()) fs::copy_file(dir + "/shot.png", call.keep_png, fs::copy_options::overwrite_existing, ec);
    fs::remove_all(dir, ec);
    return r;
}

std::vector<WindowRun> run_windows(const std::vector<WindowCall>& calls) {
    std::vector<WindowRun> runs(calls.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < calls.size(); ++i)
        threads.emplace_back([&, i] { runs[i] = run_window(calls[i]); });
    for (auto& t : threads) t.join();
    return runs;
}

std::vector<std::pair<std::string, std::string>> decisions(const nlohmann::json& state) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!state.is_object() || !state.contains("log")) return out;
    for (const auto& e : state["log"])
        if (e.value("kind", "") == "decision") out.emplace_back(e.value("beat", ""), e.value("mode", ""));
    return out;
}

nlohmann::json session_part(const nlohmann::json& state) {
    nlohmann::json s = state;
    if (s.is_object()) s.erase("window");
    if (s.is_object()) s.erase("layout");  // the layout probe's measures: the window's too
    return s;
}

// A loopback port free now (the system's pick), for a window's room.
int free_port() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t n = sizeof a;
    bool ok = bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && getsockname(fd, reinterpret_cast<sockaddr*>(&a), &n) == 0;
    close(fd);
    REQUIRE(ok);
    return ntohs(a.sin_port);
}

}  // namespace fdtest
