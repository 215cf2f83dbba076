// frontdoor i18n extract|update|check: the translators' commands (docs/translating.md).
#include <fstream>
#include <iostream>
#include <map>

#include "args.hpp"
#include "commands.hpp"
#include "content_text.hpp"
#include "data_paths.hpp"
#include "i18n_files.hpp"
#include "load_or_report.hpp"
#include "pot_writer.hpp"
#include "terminal_text.hpp"
#include "ui_text.hpp"

namespace fd::cli {
namespace {

void print_i18n_help() {
    std::cout << tr("usage: frontdoor i18n extract [SCRIPT...] [-o|--output FILE]\n"
                 "       frontdoor i18n update LANG [--po-dir DIR]\n"
                 "       frontdoor i18n check LANG [--po-dir DIR]\n"
                 "\n"
                 "extract  writes a gettext template (.pot) of every text of the scripts a player sees\n"
                 "         (default: the shipped campaign) to FILE or stdout. Each entry's msgctxt is\n"
                 "         its stable id (wrong_size.first_ask.collaborate.says), msgid the English,\n"
                 "         \"#.\" the context for the translator, \"#:\" the script's file:line.\n"
                 "update   merges the templates into DIR/LANG.po (gettext's msgmerge: a changed English\n"
                 "         becomes fuzzy, a removed one obsolete).\n"
                 "check    reports missing, fuzzy, too long, placeholder and font problems as FILE:LINE;\n"
                 "         exit 1 when there is any.\n"
                 "See docs/translating.md.\n");
}

// The texts of every story, in the order given; the same id twice with different
// English is an error (a translation could not tell them apart).
bool collect(const std::vector<std::string>& paths, std::vector<i18n::TextEntry>& out) {
    std::map<std::string, std::string> seen;  // id -> "file:line"
    bool ok = true;
    for (const auto& path : paths) {
        auto story = load_or_report(path);
        if (!story) return false;
        for (auto& e : i18n::content_texts(*story)) {
            std::string where = e.file + ":" + std::to_string(e.line);
            auto [it, fresh] = seen.emplace(e.id, where);
            if (fresh) {
                out.push_back(std::move(e));
                continue;
            }
            for (const auto& earlier : out)
                if (earlier.id == e.id && earlier.english != e.english) {
                    std::cerr << format_text(tr("{where}: error: id '{id}' is also used at {other} for a different text"),
                                             {{"where", terminal_text(where)}, {"id", terminal_text(e.id)}, {"other", terminal_text(it->second)}})
                              << "\n";
                    ok = false;
                }
        }
    }
    return ok;
}

int extract(std::vector<std::string> argv) {
    for (auto& a : argv)
        if (a == "-o") a = "--output";  // gettext's tools spell it -o
    Args args(argv, {{"help", false}, {"output", true}});
    if (args.has("help")) {
        print_i18n_help();
        return 0;
    }
    std::vector<std::string> paths = args.positional();
    if (paths.empty()) paths.push_back(shipped_scripts_dir() + "/campaign.lua");
    std::vector<i18n::TextEntry> entries;
    if (!collect(paths, entries)) return 1;
    std::string text = i18n::pot_text(entries);
    std::string file = args.get("output");
    if (file.empty() || file == "-") {
        std::cout << text;
        return 0;
    }
    std::ofstream f(file, std::ios::binary);
    f << text;
    if (!f.flush()) {
        std::cerr << format_text(tr("{file}: error: cannot write the template"), {{"file", terminal_text(file)}}) << "\n";
        return 1;
    }
    long n = static_cast<long>(entries.size());
    std::cerr << format_text(trn("wrote {n} text to {file}", "wrote {n} texts to {file}", n), {{"n", std::to_string(n)}, {"file", terminal_text(file)}})
              << "\n";
    return 0;
}

}  // namespace

int cmd_i18n(const std::vector<std::string>& argv) {
    if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
        print_i18n_help();
        return argv.empty() ? 2 : 0;
    }
    std::vector<std::string> rest(argv.begin() + 1, argv.end());
    if (argv[0] == "extract") return extract(rest);
    if (argv[0] == "update") return i18n_update(rest);
    if (argv[0] == "check") return i18n_check(rest);
    throw UsageError(format_text(tr("unknown i18n command '{command}': extract, update or check"), {{"command", argv[0]}}));
}

}  // namespace fd::cli
