// The catalog: the lookups the game and `frontdoor run --lang` make.
#include "catalog.hpp"

#include <algorithm>

namespace fd::i18n {

Catalog::Catalog(const PoFile& po) : language_(po.language), plural_forms_(po.plural_forms) {
    for (const auto& e : po.entries) {
        if (e.fuzzy || e.obsolete || e.translated.empty()) continue;
        bool complete = std::none_of(e.translated.begin(), e.translated.end(), [](const auto& s) { return s.empty(); });
        if (!complete) continue;
        if (e.english_plural.empty())
            texts_[{e.context, e.english}] = e.translated[0];
        else
            plurals_[{e.context, e.english}] = e.translated;
    }
}

const std::string* Catalog::find(const std::string& context, const std::string& english) const {
    auto it = texts_.find({context, english});
    return it == texts_.end() ? nullptr : &it->second;
}

const std::string& Catalog::text(const std::string& context, const std::string& english) const {
    const std::string* t = find(context, english);
    return t ? *t : english;
}

const std::string& Catalog::plural(const std::string& context, const std::string& one, const std::string& many,
                                   long n) const {
    auto it = plurals_.find({context, one});
    if (it != plurals_.end()) {
        int i = plural_index(plural_forms_, n);
        if (i >= 0 && static_cast<std::size_t>(i) < it->second.size()) return it->second[static_cast<std::size_t>(i)];
    }
    return n == 1 ? one : many;
}

namespace {
std::string squeezed(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\t') out += c;
    return out;
}
}  // namespace

int Catalog::plural_index(const std::string& plural_forms, long n) {
    std::string f = squeezed(plural_forms);
    if (f.find("nplurals=1") != std::string::npos) return 0;
    if (f.find("plural=(n!=1)") != std::string::npos || f.find("plural=n!=1") != std::string::npos) return n != 1;
    if (f.find("plural=(n>1)") != std::string::npos || f.find("plural=n>1") != std::string::npos) return n > 1;
    if (f.find("nplurals=3") != std::string::npos && f.find("n%10==1&&n%100!=11") != std::string::npos) {
        long a = n < 0 ? -n : n;  // Russian, Ukrainian, Serbian...
        if (a % 10 == 1 && a % 100 != 11) return 0;
        if (a % 10 >= 2 && a % 10 <= 4 && (a % 100 < 10 || a % 100 >= 20)) return 1;
        return 2;
    }
    return -1;
}

}  // namespace fd::i18n
