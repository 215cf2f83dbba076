// frontdoor report KIND ...: the reports a facilitator or manager reads.
//   report records [--csv FILE] [--html FILE] [--db FILE] [--lang LANG]   the learner records (cmd_records.cpp)
//   report workshop [SAVE] [--html FILE] [--csv FILE]       a workshop's handout (report_workshop.cpp)
#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "ui_text.hpp"

namespace fd::cli {

int cmd_report(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << tr("usage: frontdoor report records [--csv FILE] [--html FILE] [--db FILE] [--lang LANG]\n"
                     "       frontdoor report workshop [SAVE] [--html FILE] [--csv FILE] [--scripts DIR]\n"
                     "  records   per player: completion, time on task, best-fit share, profile, outcomes;\n"
                     "            per group: the spread of profiles and the hardest decisions.\n"
                     "            Text on stdout; --csv and --html write those files (the HTML is one\n"
                     "            self-contained file). Needs no network. --lang: labels and titles\n"
                     "            in that language (po/LANG.po).\n"
                     "  workshop  a workshop's handout (one self-contained HTML file that prints on A4)\n"
                     "            and every vote as CSV; see frontdoor report workshop --help.\n");
        return args.empty() ? 2 : 0;
    }
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "records") return report_records(rest);
    if (args[0] == "workshop") return report_workshop(rest);
    throw UsageError(format_text(tr("unknown report '{report}' (known: records, workshop)"), {{"report", args[0]}}));
}

}  // namespace fd::cli
