// The interface's catalog and the tr() family.
#include "ui_text.hpp"

#include <algorithm>

#include "placeholders.hpp"

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
    return fill_placeholders(pattern, values);
}

}  // namespace fd
