// Lint of an editor's unsaved text, as LSP diagnostics (see lsp_features.hpp).
#include <memory>
#include <vector>

#include "diagnostic_json.hpp"
#include "diagnostic_text.hpp"
#include "encounter_loader.hpp"
#include "file_text.hpp"
#include "limits.hpp"
#include "lint_paths.hpp"
#include "lsp_features.hpp"

namespace fd::lsp {

namespace {

using nlohmann::json;

// Where in this document a problem of another file shows: the `file = "..."` naming it.
const StringValue* naming_string(const ScriptOutline& outline, const std::string& path, const std::string& other) {
    for (const auto& s : outline.strings)
        if (s.field == "file" && normal_path(resolve_file_field(path, outline.kind, s.value)) == normal_path(other))
            return &s;
    return nullptr;
}

json lsp_diagnostic(const Diagnostic& d, const std::string& path, const std::string& text,
                    const ScriptOutline& outline, bool utf16) {
    json out = {{"severity", d.severity == Severity::Error ? 1 : 2}, {"source", "frontdoor"}, {"code", d.code}};
    if (normal_path(d.file) == normal_path(path)) {
        int line = std::max(d.line, 1) - 1;
        cli::LineSpan span = cli::span_on_line(d, cli::line_of(text, line + 1));
        out["range"] = to_range(text, {line, span.start}, {line, span.end}, utf16);
        out["message"] = diagnostic_detail(d);
        return out;
    }
    const StringValue* at = naming_string(outline, path, d.file);
    TextPos start = at ? at->start : TextPos{}, end = at ? at->end : TextPos{};
    out["range"] = to_range(text, start, end, utf16);
    out["message"] = d.file + (d.line > 0 ? ":" + std::to_string(d.line) : "") + ": " + diagnostic_detail(d);
    return out;
}

}  // namespace

nlohmann::json diagnostics_for(const FeatureContext& ctx, const std::string& uri) {
    const std::string& text = ctx.open.at(uri);
    std::string path = path_from_uri(uri);
    json list = json::array();
    if (path.empty()) return {{"uri", uri}, {"diagnostics", list}};
    std::vector<std::unique_ptr<SourceOverlay>> overlays;
    for (const auto& [open_uri, open_text] : ctx.open) {
        std::string open_path = path_from_uri(open_uri);
        if (!open_path.empty()) overlays.push_back(std::make_unique<SourceOverlay>(open_path, open_text));
    }
    Diagnostics found = cli::lint_paths({path});
    ScriptOutline outline = outline_script(text);
    for (const auto& d : found) list.push_back(lsp_diagnostic(d, path, text, outline, ctx.utf16));
    return {{"uri", uri}, {"diagnostics", list}};
}

std::string resolve_file_field(const std::string& script_path, ScriptKind kind, const std::string& value) {
    std::string base = kind == ScriptKind::Tests ? scripts_root_for(script_path) : directory_of(script_path);
    return base + "/" + value;
}

}  // namespace fd::lsp
