// frontdoor explore PATH [--json]: every path through an encounter or campaign, the
// report in the command line's language (its JSON stays English, with stable keys).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "args.hpp"
#include "cli_language.hpp"
#include "load_or_report.hpp"
#include "commands.hpp"
#include "diagnostic_text.hpp"
#include "encounter_loader.hpp"
#include "explore.hpp"
#include "story_loader.hpp"
#include "po_check.hpp"
#include "terminal_text.hpp"
#include "transcript.hpp"
#include "ui_text.hpp"

namespace fd::cli {
namespace {

const char* kExploreHelp = N_(
    "usage: frontdoor explore PATH [--json]\n"
    "Walks every path through an encounter or a campaign, merging paths that reach the same state.\n"
    "Reports the endings, how many paths reach each and the shortest `frontdoor run --choose` that does,\n"
    "beats never reached, what each\n"
    "always-the-same-mode strategy ends with, the best and worst paths, and the spread of\n"
    "final trust and money (for a campaign: trust is the mean over its encounters, money the total).\n"
    "  --json   print the report as JSON (paths, endings, unreachable, strategies, ...)\n"
    "Each defect a path reaches comes with the `frontdoor run ... --choose ...` command that reproduces it.\n"
    "Exit status: 0 no defects, 1 defects (unreachable beats, endless paths, script errors), 2 bad usage.\n");

std::string count_text(double n) {
    char buf[64];
    if (n < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", n);
    else
        std::snprintf(buf, sizeof buf, "%.3g", n);
    return buf;
}

// A file name, id or outcome from a script, on one line.
std::string safe(const std::string& text) { return terminal_text(text, Newlines::Escape); }

std::string choices_text(const std::vector<Mode>& choices) {
    std::string s;
    for (Mode m : choices) s += (s.empty() ? "" : ",") + std::string(mode_name(m));
    return s;
}

nlohmann::json spread_json(const Spread& s) {
    return {{"min", s.min}, {"max", s.max}, {"mean", s.mean()}};
}

nlohmann::json to_json(const Exploration& x, const std::string& file) {
    nlohmann::json j;
    j["paths"] = x.paths;
    j["states"] = x.states;
    j["decision_steps"] = x.decision_steps;
    j["endings"] = nlohmann::json::array();
    for (const auto& e : x.endings)
        j["endings"].push_back({{"stage", e.stage}, {"ending", e.ending}, {"outcome", e.outcome}, {"paths", e.paths},
                                {"trust", spread_json(e.trust)}, {"run", run_command(file, e.shortest, x.story)}});
    j["unreachable"] = nlohmann::json::array();
    for (const auto& [stage, beat] : x.unreachable) j["unreachable"].push_back({{"stage", stage}, {"beat", beat}});
    j["campaign_only"] = nlohmann::json::array();
    for (const auto& [stage, beat] : x.campaign_only) j["campaign_only"].push_back({{"stage", stage}, {"beat", beat}});
    j["strategies"] = nlohmann::json::array();
    for (const auto& s : x.strategies) {
        nlohmann::json r = {{"mode", mode_name(s.mode)}, {"results", nlohmann::json::array()}};
        for (const auto& res : s.results)
            r["results"].push_back({{"stage", res.stage}, {"ending", res.ending}, {"outcome", res.outcome},
                                    {"trust", res.final.customer.trust}, {"money", res.final.business.money}});
        if (!s.error.empty()) r["error"] = s.error;
        j["strategies"].push_back(r);
    }
    for (const auto& [name, p] : {std::pair{"best", x.best}, std::pair{"worst", x.worst}})
        if (p) j[name] = {{"choices", choices_text(p->choices)}, {"score", p->score}, {"ends_at", p->ending}};
    j["trust"] = spread_json(x.trust);
    j["money"] = spread_json(x.money);
    j["defects"] = nlohmann::json::array();
    j["reproduce"] = nlohmann::json::array();  // per defect a path reaches: the command that does
    for (std::size_t i = 0; i < x.defects.size(); ++i) {
        j["defects"].push_back(x.defects[i].format());
        if (x.defect_paths[i])
            j["reproduce"].push_back({{"defect", x.defects[i].format()}, {"code", x.defects[i].code},
                                      {"run", run_command(file, *x.defect_paths[i], x.story)}});
    }
    return j;
}

// A number with `decimals` places, with the decimal mark of the command line's language.
std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string text = buf;
    auto point = text.find('.');
    if (point != std::string::npos) text.replace(point, 1, decimal_mark(cli_money_style("").language));
    return text;
}

// The count a plural form is chosen by (a path count can pass any integer type).
long plural_n(double n) { return n < 1e9 ? static_cast<long>(n) : 1000000000L; }

// The story's money style: its own currency, else its first encounter's, else the locale's.
MoneyStyle money_style(const Story& story) {
    std::string currency = story.currency;
    if (currency.empty() && !story.stages.empty() && story.stages.front().encounter)
        currency = story.stages.front().encounter->currency;
    return cli_money_style(currency);
}

void print_header(std::ostream& out, const Story& story, const Exploration& x, double seconds) {
    out << format_text(tr("Exploring {file}"), {{"file", safe(story.file)}}) << "\n"
        << format_text(trn("Paths: {paths} ({states} distinct state, {steps} decision steps, {seconds} s)",
                           "Paths: {paths} ({states} distinct states, {steps} decision steps, {seconds} s)", plural_n(x.states)),
                       {{"paths", count_text(x.paths)}, {"states", std::to_string(x.states)},
                        {"steps", std::to_string(x.decision_steps)}, {"seconds", fixed(seconds, 3)}})
        << "\n";
}

void print_endings(std::ostream& out, const Story& story, const Exploration& x) {
    out << "\n" << tr("Endings:") << "\n";
    for (const auto& e : x.endings)
        out << "  " << pad_right(safe(story.is_campaign ? e.stage + "/" + e.ending : e.ending), story.is_campaign ? 36 : 20)
            << pad_right(safe(e.outcome), 11)
            << format_text(trn("{paths} path   trust {min}..{max}", "{paths} paths   trust {min}..{max}", plural_n(e.paths)),
                           {{"paths", pad_left(count_text(e.paths), 14)}, {"min", fixed(e.trust.min, 0)}, {"max", fixed(e.trust.max, 0)}})
            << "\n"
            << "      " << safe(run_command(story.file, e.shortest, x.story)) << "\n";
}

void print_unreached(std::ostream& out, const Exploration& x) {
    out << "\n" << (x.unreachable.empty() ? tr("Never reached: none") : tr("Never reached:")) << "\n";
    for (const auto& [stage, beat] : x.unreachable) out << "  " << safe(stage + "/" + beat) << "\n";
    if (!x.campaign_only.empty()) {
        out << tr("Reached only when the campaign plays it (earlier outcomes, campaign flags):") << "\n";
        for (const auto& [stage, beat] : x.campaign_only) out << "  " << safe(stage + "/" + beat) << "\n";
    }
}

void print_strategies(std::ostream& out, const Story& story, const Exploration& x) {
    MoneyStyle money = money_style(story);
    std::size_t width = 12;  // the longest mode's name and a space, at least
    for (Mode m : kAllModes) width = std::max(width, i18n::utf8_length(mode_word(m)) + 1);
    out << "\n" << tr("Always the same mode:") << "\n";
    for (const auto& s : x.strategies) {
        out << "  " << pad_right(mode_word(s.mode), width);
        if (!s.error.empty()) out << format_text(tr("script error: {error}"), {{"error", terminal_text(s.error)}});
        for (const auto& r : s.results)
            out << format_text(tr("{outcome} (trust {trust}, money {money})"),
                               {{"outcome", safe((story.is_campaign ? r.stage + ":" : "") + r.outcome)},
                                {"trust", std::to_string(r.final.customer.trust)},
                                {"money", format_money(r.final.business.money, money)}})
                << "  ";
        out << "\n";
    }
}

void print_spreads(std::ostream& out, const Story& story, const Exploration& x) {
    MoneyStyle money = money_style(story);
    auto path_line = [&](const char* pattern, const PathSummary& p) {
        out << format_text(pattern, {{"choices", choices_text(p.choices)}, {"ending", safe(p.ending)}, {"trust", fixed(p.score, 1)}})
            << "\n";
    };
    if (x.best) {
        out << "\n";
        // TRANSLATORS: "Best path:" and "Worst path:" with their spaces are as wide, so the two lines align.
        path_line(tr("Best path:  {choices} -> {ending}, trust {trust}"), *x.best);
    }
    if (x.worst) path_line(tr("Worst path: {choices} -> {ending}, trust {trust}"), *x.worst);
    auto money_of = [&](double v) { return format_money(std::llround(v), money); };
    out << format_text(tr("Final trust: min {min}, max {max}, mean {mean}"),
                       {{"min", fixed(x.trust.min, 1)}, {"max", fixed(x.trust.max, 1)}, {"mean", fixed(x.trust.mean(), 1)}})
        << "\n"
        << format_text(tr("Final money: min {min}, max {max}, mean {mean}"),
                       {{"min", money_of(x.money.min)}, {"max", money_of(x.money.max)}, {"mean", money_of(x.money.mean())}})
        << "\n";
}

void print_defects(std::ostream& out, const Story& story, const Exploration& x) {
    if (x.defects.empty()) return;
    out << "\n" << tr("Defects:") << "\n";
    for (std::size_t i = 0; i < x.defects.size(); ++i) {
        out << "  " << terminal_text(diagnostic_text(x.defects[i])) << "\n";
        if (x.defect_paths[i])
            out << "      "
                << format_text(tr("reproduce: {command}"), {{"command", safe(run_command(story.file, *x.defect_paths[i], x.story))}})
                << "\n";
    }
}

// The report in the command line's language; ids, outcomes and commands stay as written.
void print_text(std::ostream& out, const Story& story, const Exploration& x, double seconds) {
    print_header(out, story, x, seconds);
    print_endings(out, story, x);
    print_unreached(out, x);
    print_strategies(out, story, x);
    print_spreads(out, story, x);
    print_defects(out, story, x);
}

// scripts/campaign.lua beside an encounter, quietly nothing when there is none (or it has errors).
StoryLoad campaign_beside(const std::string& encounter_file) {
    std::string path = scripts_root_for(encounter_file) + "/campaign.lua";
    if (!std::filesystem::exists(path)) return {};
    return load_story(path);
}

}  // namespace

int cmd_explore(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"json", false}});
    if (args.has("help")) {
        std::cout << tr(kExploreHelp);
        return 0;
    }
    if (args.positional().size() != 1) throw UsageError(tr("explore needs exactly one script: frontdoor explore PATH"));
    std::shared_ptr<ScriptHost> host;
    auto story = load_or_report(args.positional()[0], &host);
    if (!story) return 1;
    auto t0 = std::chrono::steady_clock::now();
    Exploration x = explore(story, host);
    if (!story->is_campaign) {
        StoryLoad campaign = campaign_beside(story->file);
        credit_campaign(x, *story, campaign.story, campaign.host);
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (args.has("json")) {
        nlohmann::json j = to_json(x, story->file);
        j["seconds"] = seconds;
        std::cout << json_terminal_text(j.dump(2)) << "\n";
    } else {
        print_text(std::cout, *story, x, seconds);
    }
    return x.has_defects() ? 1 : 0;
}

}  // namespace fd::cli
