// What the i18n commands share: the po folder, a language's .po path, the
// templates in it, and running gettext's own tools (msgcat, msgmerge, msginit).
#pragma once
#include <string>
#include <vector>

namespace fd::cli {

// --po-dir when given, else the shipped po folder (./po in the source tree).
std::string po_dir_option(const std::string& given);
// LANG's file in `dir` (dir/LANG.po), or LANG itself when it names a .po file.
std::string po_path(const std::string& lang, const std::string& dir);
// The templates the translations follow: dir/frontdoor.pot (content) and dir/ui.pot (interface), those that exist.
std::vector<std::string> template_files(const std::string& dir);
// Runs a program with arguments (no shell); its exit code, -1 when it cannot start.
int run_program(const std::vector<std::string>& argv);

int i18n_update(const std::vector<std::string>& argv);
int i18n_check(const std::vector<std::string>& argv);

}  // namespace fd::cli
