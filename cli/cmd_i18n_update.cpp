// frontdoor i18n update LANG: the templates merged into LANG.po by gettext's msgmerge
// (changed English -> fuzzy with the previous msgid kept, removed -> obsolete);
// a new language starts from msginit.
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "args.hpp"
#include "i18n_files.hpp"
#include "po_reader.hpp"
#include "terminal_text.hpp"
#include "ui_text.hpp"

namespace fd::cli {

namespace fs = std::filesystem;

namespace {

// The templates joined into one temporary .pot (msgcat); "" when that fails.
std::string joined_template(const std::vector<std::string>& templates) {
    std::string tmp = (fs::temp_directory_path() / ("frontdoor-i18n-" + std::to_string(::getpid()) + ".pot")).string();
    std::vector<std::string> cmd = {"msgcat", "--use-first", "-o", tmp};
    cmd.insert(cmd.end(), templates.begin(), templates.end());
    return run_program(cmd) == 0 ? tmp : "";
}

void print_counts(const std::string& path) {
    i18n::PoFile po = i18n::read_po(path);
    std::size_t done = 0, fuzzy = 0, missing = 0, obsolete = 0;
    for (const auto& e : po.entries) {
        if (e.obsolete) ++obsolete;
        else if (e.translated.empty() || e.translated[0].empty()) ++missing;
        else if (e.fuzzy) ++fuzzy;
        else ++done;
    }
    std::cout << format_text(tr("{file}: {done} translated, {fuzzy} fuzzy, {missing} untranslated, {obsolete} obsolete"),
                             {{"file", terminal_text(path)}, {"done", std::to_string(done)}, {"fuzzy", std::to_string(fuzzy)},
                              {"missing", std::to_string(missing)}, {"obsolete", std::to_string(obsolete)}})
              << "\n";
}

}  // namespace

int i18n_update(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"po-dir", true}});
    if (args.has("help") || args.positional().size() != 1) {
        std::cout << tr("usage: frontdoor i18n update LANG [--po-dir DIR]\n"
                     "Merges the templates (DIR/frontdoor.pot, DIR/ui.pot) into DIR/LANG.po with gettext's\n"
                     "msgmerge: new texts arrive empty, a changed English makes its entry fuzzy, a removed\n"
                     "one becomes obsolete (#~). A new language starts from msginit. DIR: ./po, else the\n"
                     "installed translations.\n");
        return args.has("help") ? 0 : 2;
    }
    std::string dir = po_dir_option(args.get("po-dir"));
    std::string lang = args.positional()[0];
    std::string po = po_path(lang, dir);
    auto templates = template_files(dir);
    if (templates.empty()) {
        std::cerr << format_text(tr("{dir}: error: no template (frontdoor.pot, ui.pot); run frontdoor i18n extract first"), {{"dir", terminal_text(dir)}})
                  << "\n";
        return 1;
    }
    std::string pot = joined_template(templates);
    if (pot.empty()) {
        std::cerr << tr("error: msgcat could not join the templates (is gettext installed?)") << "\n";
        return 1;
    }
    std::error_code ec;
    int rc = fs::exists(po, ec)
                 ? run_program({"msgmerge", "--quiet", "--previous", "--backup=none", "--update", po, pot})
                 : run_program({"msginit", "--no-translator", "--locale=" + lang, "-i", pot, "-o", po});
    fs::remove(pot, ec);
    if (rc != 0) {
        std::cerr << format_text(tr("{file}: error: gettext could not update the file (exit {code})"), {{"file", terminal_text(po)}, {"code", std::to_string(rc)}})
                  << "\n";
        return 1;
    }
    print_counts(po);
    return 0;
}

}  // namespace fd::cli
