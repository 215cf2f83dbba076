// The interface's catalog and the tr() family.
#include "ui_text.hpp"

#include <algorithm>

namespace fd {
namespace {

struct UiCatalogs {
    std::shared_ptr<const i18n::Catalog> current;
    std::vector<std::shared_ptr<const i18n::Catalog>> kept;  // earlier ones: pointers into them stay valid
};

UiCatalogs& catalogs() {
    static UiCatalogs c;
    return c;
}

const char* lookup(const std::string& context, const char* english) {
    const auto& c = catalogs().current;
    if (!c) return english;
    const std::string* t = c->find(context, english);
    return t ? t->c_str() : english;
}

}  // namespace

void set_ui_catalog(std::shared_ptr<const i18n::Catalog> catalog) {
    auto& c = catalogs();
    if (c.current) c.kept.push_back(c.current);
    c.current = std::move(catalog);
}

const i18n::Catalog* ui_catalog() { return catalogs().current.get(); }

const char* tr(const char* english) { return lookup("", english); }

const char* trc(const char* context, const char* english) { return lookup(context, english); }

const char* trn(const char* one, const char* many, long n) {
    const auto& c = catalogs().current;
    if (!c) return n == 1 ? one : many;
    return c->plural("", one, many, n).c_str();
}

std::string format_text(const std::string& pattern, const std::vector<std::pair<std::string, std::string>>& values) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string::npos;
        if (close != std::string::npos) {
            std::string name = pattern.substr(i + 1, close - i - 1);
            auto it = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
            if (it != values.end()) {
                out += it->second;
                i = close;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace fd
