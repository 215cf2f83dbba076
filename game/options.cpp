// The window's command line: parse_options, parse_keys (--keys, key names checked
// against SDL's at parse time) and --size, with the help text.
#include "options.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <SDL.h>

#include "args.hpp"
#include "cli_language.hpp"
#include "command_table.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "detail_text.hpp"
#include "diagnostic.hpp"
#include "ui_text.hpp"

namespace fdg {

namespace fs = std::filesystem;
using fd::cli::UsageError;

namespace {

// The window's help in four blocks, each translated whole (tr() where it is printed).
const char* kUsage = fd::N_(
    "usage: frontdoor [play PATH] [OPTIONS]\n"
    "Opens the game window. With no PATH it plays campaign.lua from the scripts folder:\n"
    "./scripts if the current folder has one, else the shipped scripts (installed:\n"
    "/usr/share/frontdoor/scripts, found from the program's own folder; in a build tree:\n"
    "build/frontdoor -> scripts/). PATH may be a campaign or one encounter, given as a\n"
    "file or relative to the scripts folder.\n"
    "\n"
    "Options:\n"
    "  --fullscreen         start full screen (F11 toggles)\n"
    "  --scale F            make all text F times larger (0.5 to 4, e.g. 1.25)\n"
    "  --scripts DIR        a designer's own scripts folder instead (its campaign.lua,\n"
    "                       its encounters/ for \"Choose an encounter\")\n"
    "  --save-dir DIR       where progress is saved (default $XDG_DATA_HOME/frontdoor,\n"
    "                       else ~/.local/share/frontdoor); settings.json too when given\n"
    "                       (default $XDG_CONFIG_HOME/frontdoor, else ~/.config/frontdoor)\n"
    "  --facilitator        workshop mode for a projector: big text, the room votes\n"
    "  --room               facilitator mode with the room open: phones on the same Wi-Fi\n"
    "                       vote (R shows the join screen; see the README)\n"
    "  --room-port N        the room's port (default 8470; allow it in the firewall)\n"
    "  --room-address IP    the address phones reach (default the first private IPv4\n"
    "                       address; \"any\" listens on all interfaces)\n"
    "  --room-code CODE     the room's code (default a new random one each time)\n"
    "  --presenter          with --facilitator: a second window with the facilitator's notes\n"
    "                       (opens by itself when there are two displays; P toggles the notes\n"
    "                       in the one window otherwise)\n"
    "  --designer           offer the inspector (F12); also on with --scripts DIR or a\n"
    "                       script from outside the shipped campaign, never otherwise\n"
    "  --lang LANG          play in a language (es, en; default: the settings, else the system\n"
    "                       locale); a text not yet translated shows in English\n"
    "  --size WxH           window size (default 1280x720, at least 960x540)\n"
    "  --help               this text\n"
    "  --version            the version and the commit it was built from\n");

const char* kHeadless = fd::N_(
    "Headless, for tests and docs:\n"
    "  --screenshot FILE.png  draw without showing a window (software renderer; SDL's\n"
    "                       dummy driver when there is no DISPLAY), press --keys, write\n"
    "                       the last frame as PNG and exit 0\n"
    "  --frames N           render at least N frames (animations always finish first)\n"
    "  --keys K1,K2,...     keys pressed one at a time (down on one frame, up on the next),\n"
    "                       starting once the first screen is up. SDL key names: Return,\n"
    "                       Space, 1..5, PageDown, PageUp, Escape, Right, Up, Down, Tab,\n"
    "                       F12, n, b, o, +, -; modifiers as Shift+Tab. Also:\n"
    "                         name:TEXT  the player's name on the title screen\n"
    "                         text:TEXT  type into the text field that has the keyboard\n"
    "                         wait:N     let N frames pass\n"
    "                         phones:N   wait until N phones voted on the open decision\n"
    "                         resize:WxH resize the window (at least 960x540); headless,\n"
    "                                    the frame and the PNG take the new size\n"
    "                         minimize   minimise the window: drawing pauses, keys wait\n"
    "                         restore    restore it: drawing resumes where it was\n"
    "                       Without --screenshot the keys are pressed and the window stays open.\n"
    "  --state-json FILE    at exit, write the session report (as `frontdoor run --json`)\n"
    "                       plus \"window\": screen, page, menu_open, inspector_open, blank,\n"
    "                       player, answer_order, room_votes, vote_board, vote_tie,\n"
    "                       vote_selected, error, save_problem, reload_errors, notices,\n"
    "                       font_fallback, window_size, display_size, minimized\n"
    "                       designer, footer (the hints along the bottom), intro_mode,\n"
    "                       practice (tries at the debrief: beat, mode, fit, best_fit)\n"
    "  --portraits          instead of the game, every customer of the story in each mood\n"
    "  FRONTDOOR_TIMING=1   print \"first frame after N ms\" to stderr\n"
    "  FRONTDOOR_SKIP_INTRO=1  start a new campaign without the introduction page\n"
    "  FRONTDOOR_FONT_DIR   folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf\n"
    "                       (default /usr/share/fonts/truetype/dejavu)\n");

const char* kKeys = fd::N_(
    "Keys (everything works from the keyboard). Tab/Shift+Tab and the arrows move the\n"
    "focus (the first press shows where it is), Enter or Space presses the focused button.\n"
    "  Title        n new game (named \"Player\" unless a name was typed), c continue,\n"
    "               e choose an encounter, s settings, f facilitator mode on/off, q quit;\n"
    "               Enter with nothing focused: continue if there is a save, else new game.\n"
    "               Replacing an unfinished save asks first: Return yes, Escape no.\n"
    "  Narration    Space, Return or Right: continue.\n"
    "  Decision     1-5 answer. In order 1 avoid, 2 accommodate, 3 compromise,\n"
    "               4 collaborate, 5 compete; when mode labels are hidden (setting l)\n"
    "               the order is shuffled per decision (see answer_order in --state-json).\n"
    "  Consequence  Space, Return or Right: continue.\n"
    "  Debrief      Up/Down/PageUp/PageDown scroll; Space, Return or Right: go on.\n"
    "               p or 1-9: try a decision again (practice, never on record): 1-5\n"
    "               answer, Backspace back to the debrief.\n"
    "  Intro        before a new campaign, once: 1-5 a mode; Space, Return or Escape\n"
    "               begins (settings i shows it again). Every workshop session opens on it\n"
    "               (PageDown begins).\n"
    "  Summary      Return or t: back to the title.\n"
    "  Anywhere     Escape menu (r resume, l mode labels, t title, q quit),\n"
    "               F11 full screen, F12 inspector (with --designer; not in facilitator mode).\n"
    "  Chooser      1-9 or arrows + Return; Escape back.\n"
    "  Plan         (facilitator's chooser) Up/Down or PageUp/PageDown a row, Space/Return or\n"
    "               1-9 picks or leaves out an encounter, Shift+Up/Down or [ ] moves it,\n"
    "               + / - minutes per decision, s starts the plan, w the other scripts.\n"
    "  Settings     l labels, - / + text size, f facilitator mode, i the introduction;\n"
    "               Escape back.\n"
    "  Facilitator  PageDown/Right/Space/Return next, PageUp/Left back one step (from a\n"
    "               reveal back to its vote: the answer is taken back), b or . blank\n"
    "               screen, Escape menu; T starts and pauses the discussion timer, R resets\n"
    "               it, P shows the facilitator's notes. Vote: 1-5 or Up/Down select an answer, + or =\n"
    "               adds a hand, - removes one, 0 clears it (or click a count and type);\n"
    "               next plays the majority; o plays the selected answer instead; on a\n"
    "               tie (or no votes) next says so, then next again plays the selected one.\n"
    "               After the reveal: what fitted and why, the prompt, the timer (it starts).\n"
    "               Ending: next pages through the outcome, then one page per decision.\n"
    "               Summary: pages for the profile, the business, how the room voted.\n");

const char* kFlows = fd::N_(
    "Key flows from launch with an empty --save-dir (the campaign opens with a narration):\n"
    "  decision                  n,Space\n"
    "  consequence               n,Space,4\n"
    "  debrief (encounter 1)     n,Space,4,Space,4,Space\n"
    "  summary                   play scripts/encounters/wrong_size.lua  n,Space,4,Space,4,Space,Space\n"
    "  menu / inspector          n,Space,Escape   /   --designer n,Space,F12\n"
    "  practice (encounter 1)    n,Space,4,Space,4,Space,p[,1]\n"
    "  (with FRONTDOOR_SKIP_INTRO=1 or once the introduction was seen; else Space first after n)\n"
    "  vote (facilitator)        --facilitator  n,Space\n"
    "  reveal                    --facilitator  n,Space,4,+,+,PageDown\n"
    "  what fitted (reveal_fit)  --facilitator  n,Space,4,+,+,PageDown,PageDown\n"
    "  outcome, debrief pages    --facilitator  n,Space,4,+,PageDown,PageDown,PageDown,4,+,PageDown,PageDown,PageDown[,PageDown]\n"
    "  facilitator summary       --facilitator play scripts/encounters/wrong_size.lua\n"
    "                            n,Space,4,+,PageDown,PageDown,PageDown,4,+,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown\n"
    "  (in a workshop the rows are shuffled unless the labels are on: Escape,l,Escape after n,Space)\n");

// --scripts DIR, else the shipped scripts (data_paths.hpp).
fs::path find_scripts_dir(const fd::cli::Args& args, const char* argv0) {
    std::error_code ec;
    if (!args.has("scripts")) return fd::shipped_scripts_dir(argv0);
    fs::path given = args.get("scripts");
    if (!fs::is_directory(given, ec)) throw UsageError(fd::format_text(fd::tr("--scripts {folder}: no such folder"), {{"folder", given.string()}}));
    return fs::absolute(given, ec).lexically_normal();
}

// PATH as given, else relative to scripts/ (so `play encounters/x.lua` works anywhere).
std::string resolve_story(const std::string& given, const fs::path& scripts) {
    std::error_code ec;
    if (fs::exists(given, ec)) return fs::absolute(given, ec).lexically_normal().string();
    fs::path alt = scripts / given;
    if (fs::exists(alt, ec)) return alt.lexically_normal().string();
    return {};
}

// Returns false when --help was asked for.
bool parse(const std::vector<std::string>& argv, Options& out, const char* argv0) {
    fd::cli::Args args(argv, {{"help", false},       {"fullscreen", false}, {"scale", true},
                              {"save-dir", true},    {"facilitator", false}, {"screenshot", true},
                              {"frames", true},      {"keys", true},         {"size", true},
                              {"state-json", true},  {"scripts", true},        {"presenter", false},
                              {"room", false},       {"room-port", true},    {"room-address", true},
                              {"designer", false},   {"portraits", false},
                              {"room-code", true}});
    if (args.has("help")) return false;
    const auto& pos = args.positional();
    std::string path;
    if (!pos.empty()) {
        const fd::cli::Command* command = fd::cli::find_command(pos[0]);
        if (!command || command->handler) {  // a command with a handler comes first, so dispatch runs it
            std::string hint = fd::tr_detail(fd::did_you_mean_hint(pos[0], fd::cli::command_names()));
            throw UsageError(fd::format_text(fd::tr("unknown command '{command}'{hint} (commands come first: frontdoor run PATH)"),
                                             {{"command", pos[0]}, {"hint", hint}}));
        }
        if (pos[0] == "help") return false;  // the command table leaves help to the window's options, as --help
        if (pos.size() > 2) throw UsageError(fd::format_text(fd::tr("play takes one PATH, not {n}"), {{"n", std::to_string(pos.size() - 1)}}));
        if (pos.size() == 2) path = pos[1];
    }
    out.fullscreen = args.has("fullscreen");
    out.scale = static_cast<float>(args.get_double("scale", 1.0));
    if (out.scale < 0.5f || out.scale > 4.0f) throw UsageError(fd::tr("--scale must be between 0.5 and 4"));
    out.save_dir = args.get("save-dir");
    out.facilitator = args.has("facilitator");
    out.presenter = args.has("presenter");
    out.screenshot = args.get("screenshot");
    out.frames = static_cast<int>(args.get_int("frames", 0));
    if (out.frames < 0 || out.frames > 100000) throw UsageError(fd::tr("--frames must be between 0 and 100000"));
    if (args.has("keys")) out.keys = parse_keys(args.get("keys"));
    if (args.has("size")) parse_window_size(args.get("size"), "--size ", out.width, out.height);
    out.state_json = args.get("state-json");
    out.portraits = args.has("portraits");
    out.room = args.has("room");
    if (out.room) out.facilitator = true;  // the room votes in facilitator mode
    out.room_port = static_cast<int>(args.get_int("room-port", 0));
    if (out.room_port < 0 || out.room_port > 65535) throw UsageError(fd::tr("--room-port must be between 1 and 65535"));
    out.room_address = args.get("room-address");
    out.room_code = args.get("room-code");

    fs::path scripts = find_scripts_dir(args, argv0);
    out.scripts_dir = scripts.string();
    std::string given = path.empty() ? (scripts / "campaign.lua").string() : path;
    out.story_path = resolve_story(given, scripts);
    if (out.story_path.empty()) throw std::runtime_error(fd::format_text(fd::tr("cannot find '{path}'"), {{"path", given}}));
    out.designer = args.has("designer") || args.has("scripts");  // or a designer's script: Game::designer_tools
    return true;
}

}  // namespace

void parse_window_size(const std::string& text, const std::string& what, int& width, int& height) {
    auto x = text.find('x');
    int w = 0, h = 0;
    try {
        if (x == std::string::npos) throw std::invalid_argument("no x");
        std::size_t used = 0;
        w = std::stoi(text.substr(0, x), &used);
        if (used != x) throw std::invalid_argument("junk");
        std::string rest = text.substr(x + 1);
        h = std::stoi(rest, &used);
        if (used != rest.size()) throw std::invalid_argument("junk");
    } catch (const std::exception&) {
        throw UsageError(fd::format_text(fd::tr("{option}{size}: needs WIDTHxHEIGHT, e.g. 1920x1080"), {{"option", what}, {"size", text}}));
    }
    if (w < kMinWidth || h < kMinHeight)
        throw UsageError(fd::format_text(fd::tr("{option}{size} is too small: the window is at least {min} (the smallest size the screens are laid out for)"),
                                         {{"option", what}, {"size", text}, {"min", std::to_string(kMinWidth) + "x" + std::to_string(kMinHeight)}}));
    if (w > kMaxSide || h > kMaxSide)
        throw UsageError(fd::format_text(fd::tr("{option}{size} is too large: at most {max}"),
                                         {{"option", what}, {"size", text}, {"max", std::to_string(kMaxSide) + "x" + std::to_string(kMaxSide)}}));
    width = w;
    height = h;
}

std::vector<KeyStep> parse_keys(const std::string& text) {
    std::vector<KeyStep> steps;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        start = comma == std::string::npos ? text.size() + 1 : comma + 1;
        if (item.empty()) continue;
        KeyStep k;
        k.spelled = item;
        if (item.rfind("name:", 0) == 0) {
            k.kind = KeyStep::Name;
            k.text = item.substr(5);
        } else if (item.rfind("text:", 0) == 0) {
            k.kind = KeyStep::Text;
            k.text = item.substr(5);
        } else if (item.rfind("wait:", 0) == 0) {
            k.kind = KeyStep::Wait;
            try {
                k.frames = std::stoi(item.substr(5));
            } catch (const std::exception&) {
                throw UsageError(fd::format_text(fd::tr("wait:N needs a number of frames, not '{item}'"), {{"item", item}}));
            }
        } else if (item.rfind("resize:", 0) == 0) {
            k.kind = KeyStep::Resize;
            parse_window_size(item.substr(7), "--keys resize:", k.width, k.height);
        } else if (item.rfind("phones:", 0) == 0) {
            k.kind = KeyStep::Phones;
            try {
                k.frames = std::stoi(item.substr(7));
            } catch (const std::exception&) {
                throw UsageError(fd::format_text(fd::tr("phones:N needs a number of phone votes, not '{item}'"), {{"item", item}}));
            }
        } else if (item == "minimize" || item == "minimise") {
            k.kind = KeyStep::Minimize;
        } else if (item == "restore") {
            k.kind = KeyStep::Restore;
        } else {
            std::string name = item;
            // Modifiers: Shift+Tab, Ctrl+S. A lone "+" is the plus key.
            for (auto [prefix, flag] : {std::pair{"Shift+", &k.shift}, std::pair{"Ctrl+", &k.ctrl}}) {
                std::string p = prefix;
                if (name.size() > p.size() && name.compare(0, p.size(), p) == 0) {
                    *flag = true;
                    name = name.substr(p.size());
                }
            }
            k.key = name;
            if (SDL_GetKeyFromName(name.c_str()) == SDLK_UNKNOWN)
                throw UsageError(fd::format_text(fd::tr("unknown key '{key}' in --keys; use SDL key names such as Return, "
                                                        "Space, 1, PageDown, Escape, Right, or name:TEXT"),
                                                 {{"key", item}}));
        }
        steps.push_back(std::move(k));
    }
    return steps;
}

namespace {

enum class Parsed { Play, Help, Mistake, Missing };

// One parse of the arguments; `problem` says what is wrong when it is not Play or Help.
Parsed try_parse(std::vector<std::string> argv, Options& out, const char* argv0, std::string& problem) {
    try {
        out.lang = fd::cli::take_lang_option(argv);
        return parse(argv, out, argv0) ? Parsed::Play : Parsed::Help;
    } catch (const UsageError& e) {
        problem = e.what();
        return Parsed::Mistake;
    } catch (const std::runtime_error& e) {
        problem = e.what();
        return Parsed::Missing;
    }
}

}  // namespace

// Parsing is pure: when there is something to print (the help or a mistake), the
// language (--lang, else the system locale) is loaded and the arguments parsed again,
// so what is printed speaks it, and a plain start loads no catalog before the window.
int parse_options(int argc, char** argv, Options& out) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string problem;
    Parsed parsed = try_parse(args, out, argv[0], problem);
    if (parsed != Parsed::Play) {
        fd::cli::use_cli_language(out.lang);
        parsed = try_parse(args, out, argv[0], problem);
    }
    switch (parsed) {
    case Parsed::Help:
        fd::cli::print_main_help();
        std::cout << "\n" << fd::tr(kUsage) << "\n" << fd::tr(kHeadless) << "\n" << fd::tr(kKeys) << "\n" << fd::tr(kFlows);
        return 0;
    case Parsed::Mistake:
        std::cerr << fd::format_text(fd::tr("frontdoor: {problem}\n(see: frontdoor --help)\n"), {{"problem", problem}});
        return 2;
    case Parsed::Missing:
        std::cerr << "frontdoor: " << problem << "\n";
        return 1;
    case Parsed::Play:
        break;
    }
    const char* timing = std::getenv("FRONTDOOR_TIMING");
    out.timing = timing && std::string(timing) == "1";
    const char* skip = std::getenv("FRONTDOOR_SKIP_INTRO");
    out.skip_intro = skip && std::string(skip) == "1";
    return -1;
}

}  // namespace fdg
