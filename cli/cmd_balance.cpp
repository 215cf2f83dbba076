// frontdoor balance [PATH...] [--json]: the always-the-same-mode strategy x encounter
// table, each strategy's share of best-fit answers (with the theme guesser), how well
// the situation attributes predict the best mode, and the balance rules checked. The
// tables and messages are in the command line's language; --json stays English.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <sstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "args.hpp"
#include "load_or_report.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "explore.hpp"
#include "fit_predictor.hpp"
#include "strategy_shares.hpp"
#include "terminal_text.hpp"
#include "transcript.hpp"
#include "ui_text.hpp"

namespace fd::cli {
namespace {

namespace fs = std::filesystem;

// An id or outcome from a script, on one line.
std::string safe(const std::string& text) { return terminal_text(text, Newlines::Escape); }

// A strategy as the command line's language names it: a mode's name, or the theme guesser.
std::string strategy_word(const std::string& name) {
    if (auto m = parse_mode(name)) return mode_word(*m);
    return name == "theme guesser" ? tr("theme guesser") : safe(name);
}

struct Row {
    std::string encounter;
    std::vector<StageResult> by_mode;  // kAllModes order
};

// What the strategies and the predictor saw, summed over the encounters played.
struct Measures {
    std::vector<StrategyShare> shares;  // five modes then the theme guesser
    std::vector<TaggedDecision> decisions;

    void add(const Story& story, std::vector<StrategyShare> more) {
        for (auto& d : tagged_decisions(story)) decisions.push_back(std::move(d));
        if (shares.empty()) {
            shares = std::move(more);
            return;
        }
        for (std::size_t i = 0; i < shares.size() && i < more.size(); ++i) {
            shares[i].decisions += more[i].decisions;
            shares[i].best += more[i].best;
            if (shares[i].error.empty()) shares[i].error = more[i].error;
        }
    }
};

std::vector<std::string> encounter_files(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const auto& p : paths) {
        if (!fs::exists(p)) throw UsageError(format_text(tr("no such file or folder: {path}"), {{"path", p}}));
        if (!fs::is_directory(p)) {
            files.push_back(p);
            continue;
        }
        for (const auto& e : fs::directory_iterator(p))
            if (e.is_regular_file() && e.path().extension() == ".lua") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Each encounter alone, from its own file.
std::vector<Row> rows_of_encounters(const std::vector<std::string>& paths, Measures& measures, int& problems) {
    std::vector<Row> rows;
    for (const auto& f : encounter_files(paths)) {
        std::shared_ptr<ScriptHost> host;
        auto story = load_or_report(f, &host);
        if (!story) {
            ++problems;
            continue;
        }
        Row row{story->id, {}};
        measures.add(*story, strategy_shares(story, host));
        for (const auto& s : single_mode_strategies(story, host)) {
            if (!s.error.empty() || s.results.empty()) {
                std::cerr << terminal_text(format_text(tr("{file}: always {mode} could not be played: {error}"),
                                                       {{"file", f}, {"mode", mode_word(s.mode)}, {"error", s.error}}))
                          << "\n";
                ++problems;
                row.by_mode.push_back({});
            } else {
                row.by_mode.push_back(s.results.back());
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// Every encounter as the campaign plays it for each strategy: later encounters see
// what that strategy did earlier, as a player's would.
std::vector<Row> rows_of_campaign(std::shared_ptr<const Story> campaign, std::shared_ptr<ScriptHost> host,
                                  Measures& measures, int& problems) {
    std::vector<Row> rows;
    measures.add(*campaign, strategy_shares(campaign, host));
    for (const auto& st : campaign->stages) rows.push_back({st.id, std::vector<StageResult>(5)});
    for (const auto& s : single_mode_strategies(campaign, host)) {
        auto col = static_cast<std::size_t>(mode_index(s.mode));
        if (!s.error.empty()) {
            std::cerr << terminal_text(format_text(tr("{file}: always {mode} could not be played to the end: {error}"),
                                                   {{"file", campaign->file}, {"mode", mode_word(s.mode)}, {"error", s.error}}))
                      << "\n";
            ++problems;
        }
        for (const auto& r : s.results)
            for (auto& row : rows)
                if (row.encounter == r.stage) row.by_mode[col] = r;
    }
    return rows;
}

int check_and_print(const std::vector<Row>& rows, bool print) {
    int problems = 0;
    std::array<int, 5> tops{};
    std::ostringstream discard;
    std::ostream& out = print ? std::cout : discard;
    out << "| " << tr("encounter");
    for (Mode m : kAllModes) out << " | " << mode_word(m);
    out << " |\n"
        << "|---|---|---|---|---|---|\n";
    for (const auto& row : rows) {
        // A cell with no outcome was not played (a script error, reported above): it has no
        // trust to compare, and a row missing one cannot be called unbalanced.
        auto played = [](const StageResult& r) { return !r.outcome.empty(); };
        int best = -1;
        for (const auto& r : row.by_mode)
            if (played(r)) best = std::max(best, r.final.customer.trust);
        out << "| " << safe(row.encounter);
        bool all_same = true;
        for (std::size_t i = 0; i < row.by_mode.size(); ++i) {
            const auto& r = row.by_mode[i];
            bool top = played(r) && r.final.customer.trust == best;
            if (top) ++tops[i];
            all_same = all_same && played(r) && r.outcome == row.by_mode[0].outcome;
            if (played(r))
                out << " | " << safe(r.outcome) << " " << r.final.customer.trust << (top ? "*" : "");
            else
                out << " | " << tr("not played (script error)");
        }
        out << " |\n";
        if (all_same) {
            std::cerr << format_text(tr("unbalanced: in {encounter} every single-mode strategy ends '{outcome}'"),
                                     {{"encounter", safe(row.encounter)}, {"outcome", safe(row.by_mode[0].outcome)}})
                      << "\n";
            ++problems;
        }
    }
    std::string counts;  // "avoid 1 accommodate 2 ...": a list, each mode and its count
    for (Mode m : kAllModes)
        counts += (counts.empty() ? "" : " ") + mode_word(m) + " " + std::to_string(tops[static_cast<std::size_t>(mode_index(m))]);
    auto n = static_cast<long>(rows.size());
    out << "\n"
        << format_text(trn("Highest trust (ties count for each): {counts} of {n} encounter",
                           "Highest trust (ties count for each): {counts} of {n} encounters", n),
                       {{"counts", counts}, {"n", std::to_string(n)}})
        << "\n";
    for (Mode m : kAllModes)
        if (tops[static_cast<std::size_t>(mode_index(m))] * 3 > static_cast<int>(rows.size())) {
            std::cerr << format_text(tr("unbalanced: always {mode} ends with the highest trust in more than a third of the encounters"),
                                     {{"mode", mode_word(m)}})
                      << "\n";
            ++problems;
        }
    return problems;
}

double limit_of(const StrategyShare& s) { return s.name == "theme guesser" ? kThemeGuesserLimit : kSingleModeLimit; }

int percent(double share) { return static_cast<int>(share * 100 + 0.5); }

// Strategies over their limit of best-fit answers; prints the shares table.
int check_shares(const Measures& m, bool print) {
    int problems = 0;
    if (print)
        // TRANSLATORS: a Markdown table's header: keep the | between the columns.
        std::cout << "\n" << tr("| strategy | best-fit answers | share | limit |") << "\n|---|---|---|---|\n";
    for (const auto& s : m.shares) {
        bool over = s.share() > limit_of(s) + 1e-9;
        std::vector<std::pair<std::string, std::string>> values = {
            {"strategy", strategy_word(s.name)}, {"best", std::to_string(s.best)}, {"decisions", std::to_string(s.decisions)},
            {"share", std::to_string(percent(s.share()))}, {"limit", std::to_string(percent(limit_of(s)))}};
        if (print)
            // TRANSLATORS: a Markdown table row: keep the | between the columns.
            std::cout << format_text(over ? tr("| {strategy} | {best} of {decisions} | {share}% | {limit}% OVER |")
                                          : tr("| {strategy} | {best} of {decisions} | {share}% | {limit}% |"),
                                     values)
                      << "\n";
        if (!s.error.empty())
            std::cerr << terminal_text(format_text(tr("{strategy} could not be played to the end: {error}"),
                                                   {{"strategy", strategy_word(s.name)}, {"error", s.error}}))
                      << "\n";
        if (over) {
            std::cerr << format_text(tr("unbalanced: {strategy} picks a best-fit answer at {share}% of decisions (limit {limit}%)"),
                                     values)
                      << "\n";
            ++problems;
        }
    }
    return problems;
}

void print_prediction(const PredictionScore& p) {
    std::cout << "\n"
              << format_text(trn("Situation attributes predict the best mode (naive Bayes, leave-one-out): {correct} of {n} "
                                 "decision, {share}% (goal 70%)",
                                 "Situation attributes predict the best mode (naive Bayes, leave-one-out): {correct} of {n} "
                                 "decisions, {share}% (goal 70%)",
                                 static_cast<long>(p.decisions)),
                             {{"correct", std::to_string(p.correct)}, {"n", std::to_string(p.decisions)},
                              {"share", std::to_string(percent(p.share()))}})
              << "\n";
}

nlohmann::json to_json(const std::vector<Row>& rows, const Measures& m, const PredictionScore& p, bool balanced) {
    nlohmann::json j;
    j["encounters"] = nlohmann::json::array();
    for (const auto& row : rows) {
        nlohmann::json by_mode;
        for (std::size_t i = 0; i < row.by_mode.size() && i < kAllModes.size(); ++i)
            by_mode[mode_name(kAllModes[i])] = {{"outcome", row.by_mode[i].outcome}, {"trust", row.by_mode[i].final.customer.trust}};
        j["encounters"].push_back({{"id", row.encounter}, {"strategies", by_mode}});
    }
    j["shares"] = nlohmann::json::array();
    for (const auto& s : m.shares)
        j["shares"].push_back({{"strategy", s.name}, {"decisions", s.decisions}, {"best_fit", s.best},
                               {"share", s.share()}, {"limit", limit_of(s)}});
    j["prediction"] = {{"model", "naive Bayes, leave-one-out"}, {"decisions", p.decisions}, {"correct", p.correct},
                       {"accuracy", p.share()}, {"goal", 0.7}};
    j["balanced"] = balanced;
    return j;
}

}  // namespace

int cmd_balance(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"json", false}});
    if (args.has("help")) {
        std::cout << tr("usage: frontdoor balance [PATH...] [--json]\n"
                     "Plays each encounter (default: scripts/encounters/) with each always-the-same-mode\n"
                     "strategy and prints the outcome and final trust; * marks the highest trust.\n"
                     "Given a campaign file (frontdoor balance scripts/campaign.lua), plays the whole\n"
                     "campaign with each strategy instead, so each encounter is measured as it is\n"
                     "played after the earlier ones.\n"
                     "Checks the balance rules: no strategy ends with the highest trust in more than a\n"
                     "third of the encounters, and in each encounter the five strategies do not all reach\n"
                     "the same outcome.\n"
                     "Also plays the theme guesser (at each decision, the mode that was best most often\n"
                     "earlier in the same encounter; collaborate at the first) and prints each strategy's\n"
                     "share of best-fit answers: the theme guesser must stay at or under 60%, every\n"
                     "always-the-same-mode strategy at or under 40%. Then how well the decisions'\n"
                     "situation attributes predict their best mode (naive Bayes, leave-one-out; goal 70%).\n"
                     "  --json   print the table, the shares and the prediction as JSON\n"
                     "Exit status: 0 balanced, 1 not (or a script error), 2 bad usage.\n");
        return 0;
    }
    std::vector<std::string> paths = args.positional();
    if (paths.empty()) paths.push_back(fd::shipped_scripts_dir() + "/encounters");
    int problems = 0;
    bool json = args.has("json");
    Measures measures;
    std::vector<Row> rows;
    if (paths.size() == 1 && fs::is_regular_file(paths[0])) {
        std::shared_ptr<ScriptHost> host;
        auto story = load_or_report(paths[0], &host);
        if (!story) return 1;
        rows = story->is_campaign ? rows_of_campaign(story, host, measures, problems) : rows_of_encounters(paths, measures, problems);
    } else {
        rows = rows_of_encounters(paths, measures, problems);
    }
    problems += check_and_print(rows, !json);
    problems += check_shares(measures, !json);
    PredictionScore prediction = leave_one_out(measures.decisions);
    if (json)
        std::cout << to_json(rows, measures, prediction, problems == 0).dump(2) << "\n";
    else
        print_prediction(prediction);
    return problems ? 1 : 0;
}

}  // namespace fd::cli
