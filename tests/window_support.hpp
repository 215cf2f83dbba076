// Helpers for the window tests: run the real frontdoor binary headless (SDL's
// dummy driver, a software renderer), several at once, and read back what it
// left: the --state-json report and the --screenshot PNG.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace fdtest {

// An RGBA picture read with stb_image.
struct Png {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;
    bool ok() const { return width > 0 && height > 0; }
    // Pixels whose red, green and blue are all within `tolerance` of (r, g, b).
    long count_near(int r, int g, int b, int tolerance = 0) const;
    long pixels() const { return static_cast<long>(width) * height; }
    bool all_black() const { return ok() && count_near(0, 0, 0) == pixels(); }
    long distinct_colours() const;
};
Png read_png(const std::string& path);

// A folder that is removed when it goes out of scope (saves shared by runs).
struct TempDir {
    explicit TempDir(const std::string& tag);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string path;
};

// One headless run: `frontdoor ARGS --screenshot ... --state-json ...` from the
// source folder. Without a --save-dir in ARGS it gets an empty one of its own.
struct WindowCall {
    std::string args;      // e.g. "--facilitator --keys n,Space,4"
    std::string env = "";  // extra VAR=value pairs for the command
    std::string keep_png = "";  // copy the screenshot here (a test's output to look at)
};

struct WindowRun {
    std::string command;   // for messages
    int code = -1;
    std::string out, err;
    nlohmann::json state;  // the --state-json report (null when none was written)
    Png png;
    const nlohmann::json& window() const { return state.at("window"); }
    std::string screen() const;  // window.screen, "" when there is no report
    std::string describe() const;  // command, exit code, stderr: for INFO()
};

WindowRun run_window(const WindowCall& call);
// Runs them all at once (each in its own process) and returns them in order.
std::vector<WindowRun> run_windows(const std::vector<WindowCall>& calls);

// The decisions in a report's log, as (beat, mode) pairs.
std::vector<std::pair<std::string, std::string>> decisions(const nlohmann::json& state);

// The session as the report gives it, without the window's own fields (window, layout): two
// runs that played the same keys have the same one.
nlohmann::json session_part(const nlohmann::json& state);

// A loopback port free now (the system's pick), for a window's room.
int free_port();

}  // namespace fdtest
