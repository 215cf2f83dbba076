// frontdoor run PATH: play an encounter or the campaign in the terminal.
#include <iostream>
#include <unistd.h>

#include "autoplay.hpp"
#include "args.hpp"
#include "cli_language.hpp"
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
#include "detail_text.hpp"
#include "ui_text.hpp"

namespace fd::cli {
namespace {

const char* kRunHelp = N_(
    "usage: frontdoor run PATH [--choose MODE,...] [--always MODE] [--seed N] [--story FLAG[=VALUE],...] [--start BEAT] [--json]\n"
    "Plays an encounter or a campaign in the terminal and prints the transcript, the ending and a debrief.\n"
    "  --choose MODE,...   answers in order (avoid, accommodate, compromise, collaborate, compete)\n"
    "  --always MODE       answers every decision with one mode\n"
    "  --seed N            seed for the script's random numbers (default 1)\n"
    "  --story FLAGS       campaign flags set before play, e.g. --story public_post,marisol_fan=false\n"
    "  --outcomes LIST     earlier encounters' outcomes, e.g. --outcomes wrong_size=lost\n"
    "  --start BEAT        start at this beat of the (first) encounter instead of its start\n"
    "  --json              print the session as JSON instead of the transcript\n"
    "  --lang LANG         play in a language (po/LANG.po; default: the system locale); untranslated texts stay English\n"
    "With neither --choose nor --always, asks at each decision (1-5 or the mode's name).\n"
    "Exit status: 0 finished, 1 script error, 2 bad usage.\n");

struct Picker {
    std::vector<Mode> choose;
    std::optional<Mode> always;
    bool interactive = false;
    std::size_t used = 0;
};

Mode mode_or_usage(const std::string& name) {
    if (auto m = parse_mode(name)) return *m;
    throw UsageError(format_text(tr("'{name}' is not a mode; use avoid, accommodate, compromise, collaborate or compete"), {{"name", name}}));
}

std::optional<Mode> ask(std::ostream& out) {
    std::string line;
    while (true) {
        out << tr("Your answer (1-5, or q to stop): ") << std::flush;
        if (!std::getline(std::cin, line) || line == "q" || line == "quit") return std::nullopt;
        if (line.size() == 1 && line[0] >= '1' && line[0] <= '5')
            return kAllModes[static_cast<std::size_t>(line[0] - '1')];
        if (auto m = parse_mode(line)) return m;
        out << tr("Type a number from 1 to 5 or a mode's name.") << "\n";
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
// The story as a player of the command line's language sees it (cli_language.hpp).
// Texts left in English are counted on stderr.
std::shared_ptr<const Story> translated(const std::shared_ptr<const Story>& story) {
    auto catalog = cli_catalog();
    if (!catalog) return story;
    i18n::TranslatedStory shown = i18n::translate_story(*story, *catalog);
    long n = static_cast<long>(shown.untranslated.size());
    if (n)
        std::cerr << format_text(trn("note: {n} text has no {lang} translation and stays in English (frontdoor i18n check {lang})",
                                     "note: {n} texts have no {lang} translation and stay in English (frontdoor i18n check {lang})", n),
                                 {{"n", std::to_string(n)}, {"lang", terminal_text(cli_language())}})
                  << "\n";
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
                throw UsageError(format_text(tr("the answers ran out at decision '{beat}' (after {n}); give more with --choose or use --always"),
                                             {{"beat", b.id}, {"n", std::to_string(picker.used)}}));
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
        std::string problem = format_text(tr("--start: no beat '{beat}' in {file}"), {{"beat", beat}, {"file", s.encounter().file}});
        throw UsageError(problem + tr_detail(did_you_mean_hint(beat, ids)));
    }
    s.jump_to(beat);
}

}  // namespace

int cmd_run(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"choose", true}, {"always", true}, {"seed", true}, {"json", false}, {"story", true},
                     {"outcomes", true}, {"start", true}});  // --lang: taken by dispatch (cli_language.hpp)
    if (args.has("help")) {
        std::cout << tr(kRunHelp);
        return 0;
    }
    if (args.positional().size() != 1) throw UsageError(tr("run needs exactly one script: frontdoor run PATH"));
    Picker picker;
    if (args.has("choose"))
        for (const auto& name : split(args.get("choose"), ',')) picker.choose.push_back(mode_or_usage(name));
    if (args.has("always")) picker.always = mode_or_usage(args.get("always"));
    if (args.has("choose") && args.has("always")) throw UsageError(tr("give --choose or --always, not both"));
    picker.interactive = !args.has("choose") && !args.has("always") && ::isatty(STDIN_FILENO);
    long long seed = args.get_int("seed", 1);
    bool json = args.has("json");

    std::shared_ptr<ScriptHost> host;
    auto story = load_or_report(args.positional()[0], &host);
    if (!story) return 1;
    story = translated(story);
    try {
        std::map<std::string, std::string> outcomes;
        for (const auto& [k, v] : parse_story_flags(args.get("outcomes"))) outcomes[k] = flag_to_string(v);
        Session s(story, host, static_cast<std::uint64_t>(seed), parse_story_flags(args.get("story")), outcomes);
        if (args.has("start")) start_at(s, args.get("start"));
        if (!play(s, picker, std::cout, !json)) {
            std::cout << "\n" << tr("Stopped before the end.") << "\n";
            return 0;
        }
        if (picker.used < picker.choose.size())
        {
            long unused = static_cast<long>(picker.choose.size() - picker.used);
            std::cerr << format_text(trn("warning: {n} answer given with --choose was not needed",
                                         "warning: {n} answers given with --choose were not needed", unused),
                                     {{"n", std::to_string(unused)}})
                      << "\n";
        }
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
