// The checks of a translation, entry by entry.
#include "po_check.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <set>

#include "drawable_text.hpp"

namespace fd::i18n {

std::string PoProblem::format() const {
    std::string values;
    for (const auto& [name, value] : args) values += (values.empty() ? "" : ", ") + name + "=" + value;
    return file + ":" + std::to_string(line) + ": error: [" + kind + "] " + id + ": " + reason +
           (values.empty() ? "" : " (" + values + ")");
}

std::vector<std::string> placeholders(const std::string& text, bool printf) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            if (i + 1 < text.size() && text[i + 1] == '{') {
                ++i;
                continue;
            }
            std::size_t close = text.find('}', i);
            if (close != std::string::npos && close - i <= 32) {
                out.push_back(text.substr(i, close - i + 1));
                i = close;
            }
        } else if (printf && text[i] == '%') {
            std::size_t j = i + 1;
            if (j < text.size() && text[j] == '%') {
                i = j;
                continue;
            }
            while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) || std::strchr("$-+ #.'lhzjt", text[j])))
                ++j;
            if (j < text.size() && std::strchr("diouxXeEfFgGaAcspn", text[j])) {
                out.push_back(text.substr(i, j - i + 1));
                i = j;
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::size_t utf8_length(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::size_t length_limit(const std::string& comments) {
    const std::string mark = "At most ";
    auto at = comments.find(mark);
    if (at == std::string::npos) return 0;
    std::size_t n = 0, i = at + mark.size();
    for (; i < comments.size() && std::isdigit(static_cast<unsigned char>(comments[i])); ++i) n = n * 10 + (comments[i] - '0');
    return comments.compare(i, 11, " characters") == 0 ? n : 0;
}

namespace {

// A content text by its id; an interface string by its words (and context: "mood \"Calm\"").
std::string id_of(const PoEntry& e) {
    if (e.context.find('.') != std::string::npos) return e.context;
    return (e.context.empty() ? "" : e.context + " ") + "\"" + e.english + "\"";
}

bool right_to_left(const std::string& undrawable) {
    // "U+05D0 ..." : Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
    unsigned long cp = std::strtoul(undrawable.c_str() + 2, nullptr, 16);
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
}

void check_entry(const PoFile& po, const PoEntry& e, std::vector<PoProblem>& out) {
    auto problem = [&](const char* kind, const char* reason, std::vector<std::pair<std::string, std::string>> args = {}) {
        out.push_back({po.path, e.line, kind, reason, id_of(e), std::move(args)});
    };
    bool empty = e.translated.empty() ||
                 std::any_of(e.translated.begin(), e.translated.end(), [](const auto& s) { return s.empty(); });
    if (empty) return problem("missing", "untranslated");
    if (e.fuzzy) return problem("fuzzy", "fuzzy");
    std::size_t limit = length_limit(e.comments);
    for (std::size_t i = 0; i < e.translated.size(); ++i) {
        const std::string& t = e.translated[i];
        if (limit && utf8_length(t) > limit)
            problem("too long", "too long", {{"length", std::to_string(utf8_length(t))}, {"limit", std::to_string(limit)}});
        const std::string& source = i > 0 && !e.english_plural.empty() ? e.english_plural : e.english;
        auto want = placeholders(source, e.c_format), got = placeholders(t, e.c_format);
        bool singular_without_n = i == 0 && !e.english_plural.empty() && got.size() < want.size();
        if (want != got && !singular_without_n) {
            std::string w, g;
            for (const auto& p : want) w += (w.empty() ? "" : " ") + p;
            for (const auto& p : got) g += (g.empty() ? "" : " ") + p;
            problem("placeholder", "placeholder", {{"english", w}, {"translation", g}});
        }
        std::string bad = first_undrawable(t);
        if (!bad.empty())
            problem("font", right_to_left(bad) ? "font right-to-left" : "font", {{"character", bad}});
    }
}

}  // namespace

std::vector<PoProblem> check_po(const PoFile& po, const std::vector<PoFile>& templates) {
    std::vector<PoProblem> out;
    for (const auto& err : po.errors) out.push_back({po.path, 0, "read", "read", "", {{"error", err}}});
    if (!po.ok()) return out;
    std::set<std::pair<std::string, std::string>> present;
    for (const auto& e : po.entries) {
        if (e.obsolete) continue;
        present.insert({e.context, e.english});
        check_entry(po, e, out);
    }
    for (const auto& pot : templates) {
        for (const auto& err : pot.errors) out.push_back({pot.path, 0, "read", "read", "", {{"error", err}}});
        for (const auto& e : pot.entries)
            if (!e.obsolete && !present.count({e.context, e.english}))
                out.push_back({pot.path, e.line, "missing", "not in po", id_of(e), {{"po", po.path}}});
    }
    return out;
}

}  // namespace fd::i18n
