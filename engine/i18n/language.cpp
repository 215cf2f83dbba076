// Picking the language and finding its .po file.
#include "language.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "data_paths.hpp"
#include "ui_text.hpp"

namespace fd::i18n {

namespace fs = std::filesystem;

std::string normalized_language(const std::string& locale) {
    std::string s = locale.substr(0, locale.find_first_of(".@"));
    if (s == "C" || s == "POSIX") return "";
    std::replace(s.begin(), s.end(), '-', '_');
    return s;
}

std::string system_language() {
    auto env = [](const char* name) -> std::string {
        const char* v = std::getenv(name);
        return v ? v : "";
    };
    std::string locale;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (!env(name).empty()) {
            locale = env(name);
            break;
        }
    if (normalized_language(locale).empty()) return "";  // C/POSIX/unset: gettext ignores LANGUAGE too
    std::string list = env("LANGUAGE");
    if (!list.empty()) {
        std::string first = list.substr(0, list.find(':'));
        if (!normalized_language(first).empty()) return normalized_language(first);
    }
    return normalized_language(locale);
}

bool is_english(const std::string& lang) { return lang.empty() || lang == "en" || lang.rfind("en_", 0) == 0; }

std::string shipped_po_dir(const std::string& argv0) {
    const char* own = std::getenv("FRONTDOOR_PO_DIR");
    if (own && *own) return own;
    std::string exe = executable_dir(argv0);
    std::error_code ec;
    for (const std::string& dir : {std::string("po"), exe + "/../share/frontdoor/po", exe + "/../po"})
        if (fs::is_directory(dir, ec)) return dir;
    return exe + "/../share/frontdoor/po";
}

std::string po_file_for(const std::string& lang, const std::string& dir) {
    std::error_code ec;
    std::string l = normalized_language(lang);
    if (l.empty()) return "";
    for (const std::string& name : {l, l.substr(0, l.find('_'))})
        if (fs::is_regular_file(dir + "/" + name + ".po", ec)) return dir + "/" + name + ".po";
    return "";
}

std::vector<std::string> shipped_languages(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".po") out.push_back(it->path().stem().string());
    std::sort(out.begin(), out.end());
    return out;
}

LoadedLanguage load_language(const std::string& lang, const std::string& dir) {
    LoadedLanguage out;
    out.language = normalized_language(lang);
    if (is_english(out.language)) return out;
    out.file = po_file_for(out.language, dir);
    if (out.file.empty()) {
        out.errors.push_back({LanguageProblem::Kind::NoTranslation, out.language, dir, ""});
        return out;
    }
    PoFile po = read_po(out.file);
    for (const auto& e : po.errors) out.errors.push_back({LanguageProblem::Kind::BrokenFile, out.language, out.file, e});
    if (po.ok()) out.catalog = Catalog(po);
    return out;
}

std::string language_problem_text(const LanguageProblem& problem) {
    if (problem.kind == LanguageProblem::Kind::BrokenFile) return problem.detail;
    return format_text(tr("no translation for '{language}' in {folder} (English is shown)"),
                       {{"language", problem.language}, {"folder", problem.where}});
}

}  // namespace fd::i18n
