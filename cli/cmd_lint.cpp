// frontdoor lint [PATH...]: load every script in the sandbox and check it.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "args.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "diagnostic_json.hpp"
#include "encounter_ids.hpp"
#include "encounter_loader.hpp"
#include "lint_explore.hpp"
#include "lint_flags.hpp"
#include "file_text.hpp"
#include "limits.hpp"
#include "lint_paths.hpp"
#include "script_api.hpp"
#include "story.hpp"
#include "test_plans.hpp"
#include "story_loader.hpp"
#include "terminal_text.hpp"
#include "diagnostic_text.hpp"
#include "ui_text.hpp"

namespace fd::cli {
namespace {

namespace fs = std::filesystem;

const char* kLintHelp = N_(
    "usage: frontdoor lint [PATH...] [--format text|json]\n"
    "Checks encounter, campaign and test scripts (default: scripts/).\n"
    "Prints FILE:LINE: error|warning: message [CODE]; the codes are explained in scripts/README.md.\n"
    "Also checks every flag set and read, and plays each encounter and campaign a little (a bounded\n"
    "explore, with the campaign flags an encounter reads set and unset) so that an error in an effects\n"
    "function or a condition is reported with the `frontdoor run ... --choose ...` that reaches it.\n"
    "--format json prints a JSON array instead, one object per diagnostic:\n"
    "  {file, line, column, severity, code, message, hint} (for editors and scripts).\n"
    "Exit status: 0 clean (warnings allowed), 1 errors found, 2 bad usage.\n");

std::vector<std::string> lua_files(const std::string& path) {
    std::vector<std::string> files;
    if (fs::is_directory(path)) {
        for (const auto& entry : fs::recursive_directory_iterator(path))
            if (entry.is_regular_file() && entry.path().extension() == ".lua") files.push_back(entry.path().string());
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(path);
    }
    return files;
}

struct LintRun;
void lint_one(const std::string& path, LintRun& run, Diagnostics& out);

// What lint carries from file to file.
struct LintRun {
    EncounterIds ids;
    FlagLint flags;
    std::vector<std::shared_ptr<const Encounter>> encounters;  // every encounter file linted
    std::set<std::string> files;                               // canonical paths linted
};

std::string canonical(const std::string& path) {
    std::error_code ec;
    std::string c = fs::weakly_canonical(path, ec).string();
    return ec ? path : c;
}

// An encounter linted without the rest of its folder still must not share an id
// with an encounter beside it (FD018, reported at the file linted).
void check_ids_beside(const LintRun& run, Diagnostics& out) {
    std::map<std::string, std::vector<const Encounter*>> by_folder;
    for (const auto& e : run.encounters) by_folder[directory_of(e->file)].push_back(e.get());
    for (const auto& [folder, linted] : by_folder)
        for (const auto& other : lua_files(folder)) {
            if (run.files.count(canonical(other))) continue;
            Diagnostics quiet;
            auto sandbox = run_script(other, scripts_root_for(other), SandboxLimits{}, quiet);
            if (!sandbox || constructor_mark(sandbox->L(), -1).kind != "encounter") continue;
            auto load = read_encounter(sandbox, other);
            if (!load.encounter) continue;
            for (const Encounter* e : linted)
                if (e->id == load.encounter->id)
                    out.push_back({e->file, e->spot.field("id"), Severity::Error, code::duplicate_encounter,
                                   "encounter id '" + e->id + "' is already the id of " + other +
                                       "; each encounter needs its own id"});
        }
}

// The checks that need a loaded encounter or campaign: flags, then a bounded exploration.
void lint_played(const std::string& path, const std::vector<std::shared_ptr<const Encounter>>& encounters, LintRun& run,
                 Diagnostics& out) {
    for (const auto& e : encounters)
        if (e) run.flags.check(*e, out);
    if (has_errors(out)) return;
    Diagnostics played = explore_for_lint(path);
    out.insert(out.end(), played.begin(), played.end());
}

void lint_file(const std::string& path, LintRun& run, Diagnostics& all) {
    Diagnostics out;
    lint_one(path, run, out);
    all.insert(all.end(), out.begin(), out.end());
}

void lint_one(const std::string& path, LintRun& run, Diagnostics& out) {
    EncounterIds& ids = run.ids;
    run.files.insert(canonical(path));
    if (!fs::exists(path)) {
        out.push_back({path, 0, Severity::Error, code::script_fails, "no such file or folder"});
        return;
    }
    auto sandbox = run_script(path, scripts_root_for(path), SandboxLimits{}, out);
    if (!sandbox) return;
    lua_State* L = sandbox->L();
    std::string kind = constructor_mark(L, -1).kind;
    if (kind == "encounter") {
        auto load = read_encounter(sandbox, path);
        out.insert(out.end(), load.diagnostics.begin(), load.diagnostics.end());
        if (load.encounter) {
            ids.add(*load.encounter, out);
            run.encounters.push_back(load.encounter);
            lint_played(path, {load.encounter}, run, out);
        }
    } else if (kind == "campaign") {
        auto load = load_story(path);
        out.insert(out.end(), load.diagnostics.begin(), load.diagnostics.end());
        if (load.story) {
            std::vector<std::shared_ptr<const Encounter>> stages;
            for (const auto& st : load.story->stages)
                if (st.encounter) {
                    ids.add(*st.encounter, out);
                    stages.push_back(st.encounter);
                }
            lint_played(path, stages, run, out);
        }
    } else if (kind == "tests") {
        auto load = read_test_plans(sandbox, path);
        out.insert(out.end(), load.diagnostics.begin(), load.diagnostics.end());
    } else if (lua_isnil(L, -1)) {
        out.push_back({path, 0, Severity::Error, code::returns_nothing,
                       "the file returns nothing: end it with return encounter { ... }, campaign { ... } or tests { ... }"});
    }
    // Anything else is a module other scripts require(); it loaded, which is all we can check.
}

// A JSON array, one diagnostic object per line; the column comes from each file's text.
void print_json(const Diagnostics& all) {
    std::map<std::string, std::string> texts;
    std::cout << "[";
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Diagnostic& d = all[i];
        if (!texts.count(d.file)) texts[d.file] = read_file(d.file, kScriptFileLimit.max).text;
        std::cout << (i ? ",\n " : "\n ") << diagnostic_json(d, line_of(texts[d.file], d.line)).dump();
    }
    std::cout << (all.empty() ? "]\n" : "\n]\n");
}

}  // namespace

Diagnostics lint_paths(const std::vector<std::string>& paths, std::size_t* files_checked) {
    Diagnostics all;
    LintRun run;
    std::size_t files = 0;
    for (const auto& p : paths)
        for (const auto& f : lua_files(p)) {
            ++files;
            lint_file(f, run, all);
        }
    check_ids_beside(run, all);
    std::sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.line, a.code, a.message) < std::tie(b.file, b.line, b.code, b.message);
    });
    std::set<std::string> seen;
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Diagnostic& d) { return !seen.insert(d.format()).second; }),
              all.end());
    if (files_checked) *files_checked = files;
    return all;
}

int cmd_lint(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"format", true}});
    if (args.has("help")) {
        std::cout << tr(kLintHelp);
        return 0;
    }
    std::string format = args.get("format", "text");
    if (format != "text" && format != "json") throw UsageError(format_text(tr("--format is text or json, not '{format}'"), {{"format", format}}));
    std::vector<std::string> paths = args.positional();
    if (paths.empty()) paths.push_back(fd::shipped_scripts_dir());  // ./scripts, else the installed ones
    std::size_t files = 0;
    Diagnostics all = lint_paths(paths, &files);
    if (format == "json")
        print_json(all);
    else
        for (const auto& d : all) std::cout << terminal_text(diagnostic_text(d)) << "\n";
    int errors = static_cast<int>(std::count_if(all.begin(), all.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
    int warnings = static_cast<int>(all.size()) - errors;
    // One sentence in three plurals: "3 files checked: 1 error, 2 warnings".
    std::string checked = format_text(trn("{n} file checked", "{n} files checked", static_cast<long>(files)), {{"n", std::to_string(files)}});
    std::string errs = format_text(trn("{n} error", "{n} errors", errors), {{"n", std::to_string(errors)}});
    std::string warns = format_text(trn("{n} warning", "{n} warnings", warnings), {{"n", std::to_string(warnings)}});
    std::cerr << format_text(tr("{files}: {errors}, {warnings}"), {{"files", checked}, {"errors", errs}, {"warnings", warns}}) << "\n";
    return errors ? 1 : 0;
}

}  // namespace fd::cli
