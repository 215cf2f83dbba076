// frontdoor test [PATH]: run the designers' test plans.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

#include "args.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "encounter_loader.hpp"
#include "diagnostic_text.hpp"
#include "terminal_text.hpp"
#include "ui_text.hpp"
#include "test_coverage.hpp"
#include "test_plans.hpp"

namespace fd::cli {

namespace fs = std::filesystem;

int cmd_test(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"coverage", false}});
    if (args.has("help")) {
        std::cout << tr("usage: frontdoor test [PATH...] [--coverage]\n"
                        "Runs the test plans in PATH (default scripts/tests/): one line per plan,\n"
                        "then 'N passed, M failed'. Exit status: 0 all passed, 1 any failed, 2 bad usage.\n"
                        "  --coverage   then list the beats and endings (FILE:LINE) that no plan reaches,\n"
                        "               in the plans' scripts and every encounter in scripts/encounters/\n");
        return 0;
    }
    std::vector<std::string> paths = args.positional();
    if (paths.empty()) paths.push_back(fd::shipped_scripts_dir() + "/tests");
    std::vector<std::string> files;
    for (const auto& p : paths) {
        if (!fs::exists(p)) throw UsageError(format_text(tr("no such file or folder: {path}"), {{"path", p}}));
        if (fs::is_directory(p)) {
            for (const auto& e : fs::recursive_directory_iterator(p))
                if (e.is_regular_file() && e.path().extension() == ".lua") files.push_back(e.path().string());
        } else {
            files.push_back(p);
        }
    }
    std::sort(files.begin(), files.end());
    int passed = 0, failed = 0;
    TestCoverage coverage;
    std::set<std::string> targets;
    std::string coverage_root;
    for (const auto& f : files) {
        TestPlansLoad load = load_test_plans(f);
        for (const auto& d : load.diagnostics) {
            if (d.severity != Severity::Error) continue;
            std::cout << "FAIL " << terminal_text(diagnostic_text(d)) << "\n";
            ++failed;
        }
        // A broken plan is one failure; the others in its file still run.
        std::string root = scripts_root_for(f);
        for (const auto& plan : load.plans) {
            if (plan.broken) continue;
            PlanResult r = run_plan(plan, root);
            coverage.add(r.visited);
            targets.insert(root + "/" + plan.target);
            if (coverage_root.empty()) coverage_root = root;
            if (r.passed) {
                std::cout << "pass " << terminal_text(f + ":" + std::to_string(plan.spot.line) + ": " + plan.name) << "\n";
                ++passed;
            } else {
                std::cout << "FAIL " << terminal_text(f + ":" + std::to_string(r.line) + ": " + plan.name + ": " + r.message) << "\n";
                ++failed;
            }
        }
    }
    // TRANSLATORS: the summary of `frontdoor test`; "pass" and "FAIL" at the start of each line stay English.
    std::cout << format_text(tr("{passed} passed, {failed} failed"), {{"passed", std::to_string(passed)}, {"failed", std::to_string(failed)}})
              << "\n";
    if (args.has("coverage"))
        coverage.print(std::cout, coverage_root.empty() && !files.empty() ? scripts_root_for(files.front()) : coverage_root, targets);
    return failed ? 1 : 0;
}

}  // namespace fd::cli
