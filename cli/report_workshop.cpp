// frontdoor report workshop [SAVE] --html FILE --csv FILE (cmd_report.cpp dispatches): a workshop's handout
// (one self-contained HTML file) and every vote as CSV, from the workshop's
// save and the votes kept beside it. The window's end-of-session button
// writes the same files through the same report module (engine/report).
#include <filesystem>
#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "file_text.hpp"
#include "handout_html.hpp"
#include "limits.hpp"
#include "load_or_report.hpp"
#include "room_votes.hpp"
#include "save.hpp"
#include "save_script.hpp"
#include "terminal_text.hpp"
#include "ui_text.hpp"
#include "votes_csv.hpp"
#include "workshop_report.hpp"

namespace fd::cli {

namespace {

const char* kReportHelp = N_(
    "usage: frontdoor report workshop [SAVE] [--html FILE] [--csv FILE] [--scripts DIR]\n"
    "Writes a workshop's handout from its save (default: the facilitator's save,\n"
    "$XDG_DATA_HOME/frontdoor/facilitator.json) and the room's votes kept beside it\n"
    "(NAME_votes.json).\n"
    "  --html FILE     one self-contained HTML file: the encounters played; each decision's\n"
    "                  votes as bars, the answer played, every answer's fit and why; where\n"
    "                  the room split; the room's profile on the plane. Prints on A4.\n"
    "  --csv FILE      every vote as rows: one per answer offered at each decision\n"
    "  --scripts DIR   the scripts folder the save's script is named from (default: the shipped one)\n"
    "With neither --html nor --csv, prints the CSV.\n"
    "Exit status: 0 written, 1 the save, its votes or its script could not be read, 2 bad usage.\n");

// The game names the votes' script by the path it played (the save names it from the
// scripts folder): either, or the same file by another path, is this save's.
bool same_script(const std::string& named, const std::string& saved, const std::string& resolved) {
    if (named == saved || named == resolved) return true;
    std::error_code a, b;
    auto x = std::filesystem::weakly_canonical(named, a), y = std::filesystem::weakly_canonical(resolved, b);
    return !a && !b && x == y;
}

std::vector<RoomVoteRecord> votes_beside(const std::string& save_path, const std::string& saved, const std::string& resolved) {
    FileText f = read_file(room_votes_path(save_path), kSaveSizeLimit.max);
    if (!f.ok) return {};
    nlohmann::json j = nlohmann::json::parse(f.text, nullptr, false);
    // The votes of another play-through are never mixed in.
    if (!j.is_object() || !same_script(j.value("script", ""), saved, resolved)) return {};
    return room_votes_from_json(j.value("votes", nlohmann::json::array()));
}

int workshop(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"html", true}, {"csv", true}, {"scripts", true}});
    if (args.has("help")) {
        std::cout << tr(kReportHelp);
        return 0;
    }
    if (args.positional().size() > 1) throw UsageError(tr("report workshop takes one save at most"));
    std::string save_path = args.positional().empty() ? default_save_dir() + "/facilitator.json" : args.positional()[0];
    SaveGame save;
    std::string script;
    try {
        save = read_save(save_path);
        script = script_from_save(save.script, ScriptHome{args.get("scripts", shipped_scripts_dir()), ""});
    } catch (const SaveError& e) {
        std::cerr << terminal_text(e.what()) << "\n";
        return 1;
    }
    auto story = load_or_report(script);
    if (!story) return 1;
    WorkshopReport report = build_workshop_report(*story, save, votes_beside(save_path, save.script, script));
    try {
        if (args.has("html")) write_file_atomically(args.get("html"), handout_html(report));
        if (args.has("csv")) write_file_atomically(args.get("csv"), votes_csv(report));
    } catch (const SaveError& e) {
        std::cerr << terminal_text(e.what()) << "\n";
        return 1;
    }
    if (!args.has("html") && !args.has("csv")) std::cout << votes_csv(report);
    return 0;
}

}  // namespace

int report_workshop(const std::vector<std::string>& argv) { return workshop(argv); }

}  // namespace fd::cli
