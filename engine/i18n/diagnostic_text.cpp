// Words a diagnostic in the interface's language (see diagnostic_text.hpp).
#include "diagnostic_text.hpp"

#include "diagnostic_codes.hpp"
#include "detail_text.hpp"
#include "ui_text.hpp"

namespace fd {
namespace {

const DiagnosticCode* find_code(const std::string& id) {
    for (const auto& c : diagnostic_codes())
        if (id == c.id) return &c;
    return nullptr;
}

}  // namespace

std::string diagnostic_detail(const Diagnostic& d) {
    if (!ui_catalog() || d.detail.kind == Detail::Kind::Verbatim) return d.message;
    // A check may add to the message after it was made (lint's "; reproduce: ..."): that stays as added.
    std::string english = d.detail.english();
    if (d.message.compare(0, english.size(), english) != 0) return d.message;
    return tr_detail(d.detail) + d.message.substr(english.size());
}

std::string diagnostic_text(const Diagnostic& d) {
    const DiagnosticCode* code = find_code(d.code);
    if (!ui_catalog() || !code) return d.format();
    std::string where = d.file + (d.line > 0 ? ":" + std::to_string(d.line) : std::string());
    const char* pattern = d.severity == Severity::Error ? tr("{where}: error: {meaning} [{code}]\n    {detail}")
                                                        : tr("{where}: warning: {meaning} [{code}]\n    {detail}");
    return format_text(pattern, {{"where", where}, {"meaning", tr(code->meaning)}, {"code", d.code}, {"detail", diagnostic_detail(d)}});
}

std::string errors_text(const Diagnostics& d) {
    std::string out;
    for (const auto& x : d)
        if (x.severity == Severity::Error) out += diagnostic_text(x) + "\n";
    return out;
}

}  // namespace fd
