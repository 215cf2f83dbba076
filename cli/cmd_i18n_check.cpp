// frontdoor i18n check LANG: missing, fuzzy, too long, placeholder and font problems
// of DIR/LANG.po, each as FILE:LINE; exit 1 when there is any.
#include <iostream>

#include "args.hpp"
#include "i18n_files.hpp"
#include "po_check.hpp"
#include "terminal_text.hpp"
#include "ui_text.hpp"

namespace fd::cli {

int i18n_check(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"po-dir", true}});
    if (args.has("help") || args.positional().size() != 1) {
        std::cout << tr("usage: frontdoor i18n check LANG [--po-dir DIR]\n"
                     "Reports, as FILE:LINE, each entry of DIR/LANG.po (or the .po file given) that is\n"
                     "missing or fuzzy, longer than its template's limit, whose placeholders ({n}, and\n"
                     "%s/%d in c-format entries) differ from the English, or that has characters the\n"
                     "game's fonts cannot draw. Exit 1 when there is any.\n");
        return args.has("help") ? 0 : 2;
    }
    std::string dir = po_dir_option(args.get("po-dir"));
    std::string path = po_path(args.positional()[0], dir);
    std::vector<i18n::PoFile> templates;
    for (const auto& t : template_files(dir)) templates.push_back(i18n::read_po(t));
    i18n::PoFile po = i18n::read_po(path);
    auto problems = i18n::check_po(po, templates);
    for (const auto& p : problems) std::cout << terminal_text(p.format(), Newlines::Escape) << "\n";
    std::size_t live = 0;
    for (const auto& e : po.entries) live += !e.obsolete;
    long n = static_cast<long>(problems.size());
    std::cout << format_text(trn("{file}: {entries} entries, {n} problem(s)", "{file}: {entries} entries, {n} problem(s)", n),
                             {{"file", terminal_text(path)}, {"entries", std::to_string(live)}, {"n", std::to_string(n)}})
              << "\n";
    return problems.empty() ? 0 : 1;
}

}  // namespace fd::cli
