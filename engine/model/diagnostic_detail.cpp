// Renders a diagnostic's detail in English or through a translation (see diagnostic_detail.hpp).
#include "diagnostic_detail.hpp"

#include "placeholders.hpp"

namespace fd {

namespace {

std::string render(const Detail& d, const std::function<std::string(const std::string&)>* translate) {
    switch (d.kind) {
        case Detail::Kind::Verbatim: return d.text;
        case Detail::Kind::CodeWord: return translate ? "`" + d.text + "`" : d.text;
        case Detail::Kind::Format: break;
    }
    std::vector<std::pair<std::string, std::string>> values;
    for (const auto& a : d.args) values.emplace_back(a.name, render(a.value, translate));
    return fill_placeholders(translate ? (*translate)(d.text) : d.text, values);
}

}  // namespace

std::string Detail::english() const { return render(*this, nullptr); }

std::string Detail::said(const std::function<std::string(const std::string&)>& translate) const {
    return render(*this, &translate);
}

Detail say(const char* format, std::vector<DetailArg> args) {
    Detail d;
    d.kind = Detail::Kind::Format;
    d.text = format;
    d.args = std::move(args);
    return d;
}

Detail code_word(std::string word) {
    Detail d(std::move(word));
    d.kind = Detail::Kind::CodeWord;
    return d;
}

}  // namespace fd
