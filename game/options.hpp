// The window's command line: `frontdoor [play PATH] [OPTIONS]`.
#pragma once
#include <chrono>
#include <string>
#include <vector>

namespace fdg {

// The smallest window the screens are laid out for (--size, resize:WxH, and
// the real window's minimum size).
constexpr int kMinWidth = 960, kMinHeight = 540;
constexpr int kMaxSide = 8192;

// One step of --keys: a key press (SDL key name, optional Shift+/Ctrl+), or
// text: "name:Ana" fills the player's name on the title screen, "text:abc"
// types into whatever field has the keyboard, "wait:N" renders N frames;
// or the window: "resize:WxH", "minimize", "restore". Plain data: the window
// turns the key's name into SDL's key code (parse_keys checked it is one).
struct KeyStep {
    enum Kind { Key, Name, Text, Wait, Resize, Minimize, Restore, Phones } kind = Key;
    std::string key;  // SDL's name for it: "Return", "PageDown", "4"
    bool shift = false, ctrl = false;
    std::string text;
    int frames = 0;  // wait:N; phones:N, the number of phone votes
    int width = 0, height = 0;  // resize:WxH
    std::string spelled;  // as given, for messages
};

struct Options {
    std::string story_path;    // campaign or encounter to play
    std::string scripts_dir;   // where the encounters for "Choose an encounter" live
    bool fullscreen = false;
    float scale = 1.0f;
    std::string save_dir;
    bool facilitator = false;
    // The room server for phones' votes (game/room_link.hpp).
    bool room = false;         // open it at start
    int room_port = 0;         // 0: the default, 8470
    std::string room_address;  // "": the first private IPv4 address; "any": all interfaces
    std::string room_code;     // "": a random one
    bool presenter = false;  // --presenter: the facilitator's notes in a second window
    // The inspector (F12) for any story: --designer or --scripts DIR (Game::designer_tools has the rest).
    bool designer = false;
    std::string lang;          // --lang xx: the language to play in ("" = the settings', else the locale's)
    bool skip_intro = false;   // FRONTDOOR_SKIP_INTRO=1 (tests and docs): start without the introduction
    // Headless / automation.
    std::string screenshot;
    int frames = 0;
    std::vector<KeyStep> keys;
    int width = 1280, height = 720;
    std::string state_json;
    bool portraits = false;    // --portraits: the story's customers in every mood, to look at
    bool timing = false;       // FRONTDOOR_TIMING=1: report the time to the first frame
    std::chrono::steady_clock::time_point launched = std::chrono::steady_clock::now();
};

// Parses argv (argv[0] is the program). Returns an exit code when the program
// should stop now (--help: 0, bad usage: 2, missing story: 1), else -1.
int parse_options(int argc, char** argv, Options& out);

std::vector<KeyStep> parse_keys(const std::string& text);  // throws fd::cli::UsageError
// "1920x1080" -> width, height, checked against kMinWidth x kMinHeight; `what` prefixes it in messages ("--size ").
void parse_window_size(const std::string& text, const std::string& what, int& width, int& height);  // throws UsageError

}  // namespace fdg
