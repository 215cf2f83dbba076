// frontdoor i18n check LANG: missing, fuzzy, too long, placeholder and font problems
// of DIR/LANG.po, each as FILE:LINE, worded in the command line's language; exit 1 when there is any.
#include <iostream>

#include "args.hpp"
#include "i18n_files.hpp"
#include "po_check.hpp"
#include "terminal_text.hpp"
#include "ui_text.hpp"

namespace fd::cli {
namespace {

// The wording of each reason check_po gives (po_check.hpp), one line each.
const char* wording(const std::string& reason) {
    // TRANSLATORS: {where} is FILE:LINE and {kind} a stable id in brackets: keep both as they are.
    if (reason == "untranslated") return tr("{where}: error: [{kind}] {id}: not translated yet (the English is shown)");
    if (reason == "fuzzy")
        return tr("{where}: error: [{kind}] {id}: marked fuzzy: the English changed; review it and remove the fuzzy mark");
    if (reason == "too long") return tr("{where}: error: [{kind}] {id}: {length} characters; the layout has room for {limit}");
    if (reason == "placeholder")
        return tr("{where}: error: [{kind}] {id}: the English has {{{english}} but the translation has {{{translation}}");
    if (reason == "font right-to-left")
        return tr("{where}: error: [{kind}] {id}: character {character} cannot be drawn by the game's fonts "
                  "(right-to-left scripts are not supported yet)");
    if (reason == "font")
        return tr("{where}: error: [{kind}] {id}: character {character} cannot be drawn by the game's fonts "
                  "(Latin, Greek and Cyrillic are; CJK is not supported yet)");
    if (reason == "not in po")
        return tr("{where}: error: [{kind}] {id}: in the template but not in {po} (run: frontdoor i18n update)");
    return tr("{where}: error: [{kind}] {id}: {error}");
}

std::string problem_text(const i18n::PoProblem& p) {
    std::vector<std::pair<std::string, std::string>> values = {
        {"where", p.file + ":" + std::to_string(p.line)}, {"kind", p.kind}, {"id", p.id}};
    values.insert(values.end(), p.args.begin(), p.args.end());
    return format_text(wording(p.reason), values);
}

}  // namespace

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
    for (const auto& p : problems) std::cout << terminal_text(problem_text(p), Newlines::Escape) << "\n";
    std::size_t live = 0;
    for (const auto& e : po.entries) live += !e.obsolete;
    long n = static_cast<long>(problems.size());
    std::cout << format_text(trn("{file}: {entries} entries, {n} problem(s)", "{file}: {entries} entries, {n} problem(s)", n),
                             {{"file", terminal_text(path)}, {"entries", std::to_string(live)}, {"n", std::to_string(n)}})
              << "\n";
    return problems.empty() ? 0 : 1;
}

}  // namespace fd::cli
