// frontdoor run PATH: play an encounter or the campaign in the terminal.
#include <iostream>
#include <unistd.h>

#include "autoplay.hpp"
#include "args.hpp"
#include "load_or_report.hpp"
#include "language.hpp"
#include "translate_story.hpp"
#include "commands.hpp"
#include "debrief.hpp"
#include "diagnostic.hpp"
#include "profile.hpp"
#include "session_json.hpp"
#include "story.hpp"
#include "terminal_text.hpp"
#include "transcript.hpp"

namespace fd::cli {
namespace {

const char* kRunHelp =
    "usage: frontdoor run PATH [--choose MODE,...] [--always MODE] [--seed N] [--story FLAG[=VALUE],...] [--start BEAT] [--json]\n"
    "Plays an encounter or a campaign in the terminal and prints the transcript, the ending and a debrief.\n"
    "  --choose MODE,...   answers in order (avoid, accommodate, compromise, collaborate, compete)\n"
    "  --always MODE       answers every decision with one mode\n"
    "  --seed N            seed for the script's random numbers (default 1)\n"
    "  --story FLAGS       campaign flags set before play, e.g. --story public_post,marisol_fan=false\n"
    "  --outcomes LIST     earlier encounters' outcomes, e.g. --outcomes wrong_size=lost\n"
    "  --start BEAT        start at this beat of the (first) encounter instead of its start\n"
    "  --json              print the session as JSON instead of the transcript\n"
    "  --lang LANG         the story's texts in a language (po/LANG.po); untranslated ones stay English\n"
    "With neither --choose nor --always, asks at each decision (1-5 or the mode's name).\n"
    "Exit status: 0 finished, 1 script error, 2 bad usage.\n";

struct Picker {
    std::vector<Mode> choose;
    std::optional<Mode> always;
    bool interactive = false;
    std::size_t used = 0;
};

Mode mode_or_usage(const std::string& name) {
    if (auto m = parse_mode(name)) return *m;
    throw UsageError("'" + name + "' is not a mode; use avoid, accommodate, compromise, collaborate or compete");
}

std::optional<Mode> ask(std::ostream& out) {
    std::string line;
    while (true) {
        out << "Your answer (1-5, or q to stop): " << std::flush;
        if (!std::getline(std::cin, line) || line == "q" || line == "quit") return std::nullopt;
        if (line.size() == 1 && line[0] >= '1' && line[0] <= '5')
            return kAllModes[static_cast<std::size_t>(line[0] - '1')];
        if (auto m = parse_mode(line)) return m;
        out << "Type a number from 1 to 5 or a mode's name.\n";
    }
}

Flags parse_story_flags(const std::string& text) {
    Flags f;
    for (const auto& item : split(text, ',')) {
        if (item.empty()) continue;
        auto eq = item.find('=');
        if (eq == std::string::npos) {
            f[item] = true;
            continue;
        }
        std::string v = item.substr(eq + 1);
        if (v == "true" || v == "false")
            f[item.substr(0, eq)] = (v == "true");
        else
            f[item.substr(0, eq)] = v;
    }
    return f;
}

// Plays to the end; returns false when the player stopped.
// The story as a player of `lang` sees it; null (after saying why) when the
// translation cannot be read. Texts left in English are counted on stderr.
std::shared_ptr<const Story> translated_or_report(const std::shared_ptr<const Story>& story, const std::string& lang) {
    i18n::LoadedLanguage loaded = i18n::load_language(lang, i18n::shipped_po_dir());
    for (const auto& e : loaded.errors) std::cerr << terminal_text(e) << "\n";
    if (!loaded.errors.empty()) return nullptr;
    if (i18n::is_english(loaded.language)) return story;
    i18n::TranslatedStory shown = i18n::translate_story(*story, loaded.catalog);
    if (!shown.untranslated.empty())
        std::cerr << "note: " << shown.untranslated.size() << " text(s) have no " << terminal_text(loaded.language)
                  << " translation and stay in English (frontdoor i18n check " << terminal_text(loaded.language) << ")\n";
    return shown.story;
}

bool play(Session& s, Picker& picker, std::ostream& out, bool text) {
    std::string stage;
    MoveLimit limit;
    while (!s.finished()) {
        limit.count(s);
        if (text && s.state().stage != stage) {
            stage = s.state().stage;
            print_stage_intro(out, s);
        }
        const Beat& b = s.beat();
        if (b.kind == BeatKind::Decision) {
            if (text) print_beat(out, s, true);
            std::optional<Mode> m;
            if (picker.always) m = picker.always;
            else if (picker.used < picker.choose.size()) m = picker.choose[picker.used++];
            else if (picker.interactive) m = ask(out);
            else
                throw UsageError("the answers ran out at decision '" + b.id + "' (after " +
                                 std::to_string(picker.used) + "); give more with --choose or use --always");
            if (!m) return false;
            s.choose(*m);
            if (text) print_choice(out, s, b, *m);
        } else if (b.kind == BeatKind::Ending) {
            if (text) {
                print_ending(out, s);
                print_debrief(out, build_debrief(s.story(), s.state().log, s.state().stage));
            }
            s.proceed();
        } else {
            if (text && !s.state().log.empty() && s.state().log.back().beat == b.id) print_beat(out, s, true);
            s.proceed();
        }
    }
    return true;
}

// --start BEAT: play begins there, as the inspector's jump does (the customer as at the start).
void start_at(Session& s, const std::string& beat) {
    if (!s.encounter().beat(beat)) {
        std::vector<std::string> ids;
        for (const auto& b : s.encounter().beats) ids.push_back(b.id);
        std::string hint = did_you_mean(beat, ids);
        throw UsageError("--start: no beat '" + beat + "' in " + s.encounter().file + (hint.empty() ? "" : "; " + hint));
    }
    s.jump_to(beat);
}

}  // namespace

int cmd_run(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"choose", true}, {"always", true}, {"seed", true}, {"json", false}, {"story", true},
                     {"outcomes", true}, {"start", true}, {"lang", true}});
    if (args.has("help")) {
        std::cout << kRunHelp;
        return 0;
    }
    if (args.positional().size() != 1) throw UsageError("run needs exactly one script: frontdoor run PATH");
    Picker picker;
    if (args.has("choose"))
        for (const auto& name : split(args.get("choose"), ',')) picker.choose.push_back(mode_or_usage(name));
    if (args.has("always")) picker.always = mode_or_usage(args.get("always"));
    if (args.has("choose") && args.has("always")) throw UsageError("give --choose or --always, not both");
    picker.interactive = !args.has("choose") && !args.has("always") && ::isatty(STDIN_FILENO);
    long long seed = args.get_int("seed", 1);
    bool json = args.has("json");

    std::shared_ptr<ScriptHost> host;
    auto story = load_or_report(args.positional()[0], &host);
    if (!story) return 1;
    if (args.has("lang") && !(story = translated_or_report(story, args.get("lang")))) return 1;
    try {
        std::map<std::string, std::string> outcomes;
        for (const auto& [k, v] : parse_story_flags(args.get("outcomes"))) outcomes[k] = flag_to_string(v);
        Session s(story, host, static_cast<std::uint64_t>(seed), parse_story_flags(args.get("story")), outcomes);
        if (args.has("start")) start_at(s, args.get("start"));
        if (!play(s, picker, std::cout, !json)) {
            std::cout << "\nStopped before the end.\n";
            return 0;
        }
        if (picker.used < picker.choose.size())
            std::cerr << "warning: " << picker.choose.size() - picker.used << " answer(s) given with --choose were not needed\n";
        if (json) {
            std::cout << json_terminal_text(session_report(s).dump(2)) << "\n";
        } else {
            if (s.story().is_campaign) print_campaign_summary(std::cout, s);
            print_profile(std::cout, compute_profile(s.state().log));
        }
    } catch (const ScriptError& err) {
        std::cerr << terminal_text(err.with_code()) << "\n";
        if (!err.traceback().empty()) std::cerr << terminal_text(err.traceback()) << "\n";
        return 1;
    }
    return 0;
}

}  // namespace fd::cli
