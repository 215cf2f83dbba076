// frontdoor balance [PATH...]: the always-the-same-mode strategy x encounter table,
// with the campaign's balance rules checked.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>

#include "args.hpp"
#include "load_or_report.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "explore.hpp"
#include "terminal_text.hpp"

namespace fd::cli {
namespace {

namespace fs = std::filesystem;

// An id or outcome from a script, on one line.
std::string safe(const std::string& text) { return terminal_text(text, Newlines::Escape); }

struct Row {
    std::string encounter;
    std::vector<StageResult> by_mode;  // kAllModes order
};

std::vector<std::string> encounter_files(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const auto& p : paths) {
        if (!fs::exists(p)) throw UsageError("no such file or folder: " + p);
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
std::vector<Row> rows_of_encounters(const std::vector<std::string>& paths, int& problems) {
    std::vector<Row> rows;
    for (const auto& f : encounter_files(paths)) {
        std::shared_ptr<ScriptHost> host;
        auto story = load_or_report(f, &host);
        if (!story) {
            ++problems;
            continue;
        }
        Row row{story->id, {}};
        for (const auto& s : single_mode_strategies(story, host)) {
            if (!s.error.empty() || s.results.empty()) {
                std::cerr << terminal_text(f + ": always " + mode_name(s.mode) + " could not be played: " + s.error) << "\n";
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
std::vector<Row> rows_of_campaign(std::shared_ptr<const Story> campaign, std::shared_ptr<ScriptHost> host, int& problems) {
    std::vector<Row> rows;
    for (const auto& st : campaign->stages) rows.push_back({st.id, std::vector<StageResult>(5)});
    for (const auto& s : single_mode_strategies(campaign, host)) {
        auto col = static_cast<std::size_t>(mode_index(s.mode));
        if (!s.error.empty()) {
            std::cerr << terminal_text(campaign->file + ": always " + mode_name(s.mode) + " could not be played to the end: " +
                                       s.error) << "\n";
            ++problems;
        }
        for (const auto& r : s.results)
            for (auto& row : rows)
                if (row.encounter == r.stage) row.by_mode[col] = r;
    }
    return rows;
}

int check_and_print(const std::vector<Row>& rows) {
    int problems = 0;
    std::array<int, 5> tops{};
    std::cout << "| encounter | avoid | accommodate | compromise | collaborate | compete |\n"
              << "|---|---|---|---|---|---|\n";
    for (const auto& row : rows) {
        // A cell with no outcome was not played (a script error, reported above): it has no
        // trust to compare, and a row missing one cannot be called unbalanced.
        auto played = [](const StageResult& r) { return !r.outcome.empty(); };
        int best = -1;
        for (const auto& r : row.by_mode)
            if (played(r)) best = std::max(best, r.final.customer.trust);
        std::cout << "| " << safe(row.encounter);
        bool all_same = true;
        for (std::size_t i = 0; i < row.by_mode.size(); ++i) {
            const auto& r = row.by_mode[i];
            bool top = played(r) && r.final.customer.trust == best;
            if (top) ++tops[i];
            all_same = all_same && played(r) && r.outcome == row.by_mode[0].outcome;
            if (played(r))
                std::cout << " | " << safe(r.outcome) << " " << r.final.customer.trust << (top ? "*" : "");
            else
                std::cout << " | not played (script error)";
        }
        std::cout << " |\n";
        if (all_same) {
            std::cerr << "unbalanced: in " << safe(row.encounter) << " every single-mode strategy ends '" << safe(row.by_mode[0].outcome) << "'\n";
            ++problems;
        }
    }
    std::cout << "\nHighest trust (ties count for each):";
    for (Mode m : kAllModes) std::cout << " " << mode_name(m) << " " << tops[static_cast<std::size_t>(mode_index(m))];
    std::cout << " of " << rows.size() << " encounters\n";
    for (Mode m : kAllModes)
        if (tops[static_cast<std::size_t>(mode_index(m))] * 3 > static_cast<int>(rows.size())) {
            std::cerr << "unbalanced: always " << mode_name(m) << " ends with the highest trust in more than a third of the encounters\n";
            ++problems;
        }
    return problems;
}

}  // namespace

int cmd_balance(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}});
    if (args.has("help")) {
        std::cout << "usage: frontdoor balance [PATH...]\n"
                     "Plays each encounter (default: scripts/encounters/) with each always-the-same-mode\n"
                     "strategy and prints the outcome and final trust; * marks the highest trust.\n"
                     "Given a campaign file (frontdoor balance scripts/campaign.lua), plays the whole\n"
                     "campaign with each strategy instead, so each encounter is measured as it is\n"
                     "played after the earlier ones.\n"
                     "Checks the balance rules: no strategy ends with the highest trust in more than a\n"
                     "third of the encounters, and in each encounter the five strategies do not all reach\n"
                     "the same outcome. Exit status: 0 balanced, 1 not (or a script error), 2 bad usage.\n";
        return 0;
    }
    std::vector<std::string> paths = args.positional();
    if (paths.empty()) paths.push_back(fd::shipped_scripts_dir() + "/encounters");
    int problems = 0;
    std::vector<Row> rows;
    if (paths.size() == 1 && fs::is_regular_file(paths[0])) {
        std::shared_ptr<ScriptHost> host;
        auto story = load_or_report(paths[0], &host);
        if (!story) return 1;
        rows = story->is_campaign ? rows_of_campaign(story, host, problems) : rows_of_encounters(paths, problems);
    } else {
        rows = rows_of_encounters(paths, problems);
    }
    problems += check_and_print(rows);
    return problems ? 1 : 0;
}

}  // namespace fd::cli
