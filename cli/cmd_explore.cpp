// frontdoor explore PATH [--json]: every path through an encounter or campaign.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "args.hpp"
#include "load_or_report.hpp"
#include "commands.hpp"
#include "encounter_loader.hpp"
#include "explore.hpp"
#include "story_loader.hpp"
#include "terminal_text.hpp"

namespace fd::cli {
namespace {

const char* kExploreHelp =
    "usage: frontdoor explore PATH [--json]\n"
    "Walks every path through an encounter or a campaign, merging paths that reach the same state.\n"
    "Reports the endings, how many paths reach each and the shortest `frontdoor run --choose` that does,\n"
    "beats never reached, what each\n"
    "always-the-same-mode strategy ends with, the best and worst paths, and the spread of\n"
    "final trust and money (for a campaign: trust is the mean over its encounters, money the total).\n"
    "  --json   print the report as JSON (paths, endings, unreachable, strategies, ...)\n"
    "Each defect a path reaches comes with the `frontdoor run ... --choose ...` command that reproduces it.\n"
    "Exit status: 0 no defects, 1 defects (unreachable beats, endless paths, script errors), 2 bad usage.\n";

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

void print_text(std::ostream& out, const Story& story, const Exploration& x, double seconds) {
    out << "Exploring " << safe(story.file) << "\n"
        << "Paths: " << count_text(x.paths) << " (" << x.states << " distinct states, " << x.decision_steps
        << " decision steps, " << std::fixed << std::setprecision(3) << seconds << " s)\n";
    out << "\nEndings:\n";
    for (const auto& e : x.endings)
        out << "  " << std::left << std::setw(story.is_campaign ? 36 : 20)
            << safe(story.is_campaign ? e.stage + "/" + e.ending : e.ending) << std::setw(11) << safe(e.outcome)
            << std::right << std::setw(14) << count_text(e.paths) << " paths   trust " << std::setprecision(0)
            << e.trust.min << ".." << e.trust.max << "\n"
            << "      " << safe(run_command(story.file, e.shortest, x.story)) << "\n";
    out << "\nNever reached:" << (x.unreachable.empty() ? " none" : "") << "\n";
    for (const auto& [stage, beat] : x.unreachable) out << "  " << safe(stage + "/" + beat) << "\n";
    if (!x.campaign_only.empty()) {
        out << "Reached only when the campaign plays it (earlier outcomes, campaign flags):\n";
        for (const auto& [stage, beat] : x.campaign_only) out << "  " << safe(stage + "/" + beat) << "\n";
    }
    out << "\nAlways the same mode:\n";
    for (const auto& s : x.strategies) {
        out << "  " << std::left << std::setw(12) << mode_name(s.mode);
        if (!s.error.empty()) out << "script error: " << terminal_text(s.error);
        for (const auto& r : s.results)
            out << safe((story.is_campaign ? r.stage + ":" : "") + r.outcome) << " (trust " << r.final.customer.trust
                << ", money " << r.final.business.money << ")  ";
        out << "\n";
    }
    out << std::setprecision(1);
    if (x.best) out << "\nBest path:  " << choices_text(x.best->choices) << " -> " << safe(x.best->ending) << ", trust " << x.best->score << "\n";
    if (x.worst) out << "Worst path: " << choices_text(x.worst->choices) << " -> " << safe(x.worst->ending) << ", trust " << x.worst->score << "\n";
    out << "Final trust: min " << x.trust.min << ", max " << x.trust.max << ", mean " << x.trust.mean() << "\n"
        << std::setprecision(0) << "Final money: min " << x.money.min << ", max " << x.money.max << ", mean "
        << x.money.mean() << "\n";
    if (!x.defects.empty()) {
        out << "\nDefects:\n";
        for (std::size_t i = 0; i < x.defects.size(); ++i) {
            out << "  " << terminal_text(x.defects[i].format()) << "\n";
            if (x.defect_paths[i]) out << "      reproduce: " << safe(run_command(story.file, *x.defect_paths[i], x.story)) << "\n";
        }
    }
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
        std::cout << kExploreHelp;
        return 0;
    }
    if (args.positional().size() != 1) throw UsageError("explore needs exactly one script: frontdoor explore PATH");
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
