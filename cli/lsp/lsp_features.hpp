// The language server's answers about one script: its diagnostics (lint of the
// unsaved text), go to definition, completion and hover. Each takes the open
// documents and an LSP request's params and returns the JSON result.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "api_docs.hpp"
#include "lsp_text.hpp"
#include "script_outline.hpp"

namespace fd::lsp {

struct FeatureContext {
    const OpenDocuments& open;
    const ApiDocs& docs;
    bool utf16 = true;  // the client counts characters in UTF-16 units
};

// The params of a textDocument/publishDiagnostics for the open document `uri`:
// `frontdoor lint` of its current text (with every open document's text seen
// in place of its file). Problems in other files it loads (a campaign's stage)
// are shown at the line that names that file.
nlohmann::json diagnostics_for(const FeatureContext& ctx, const std::string& uri);

nlohmann::json definition(const FeatureContext& ctx, const nlohmann::json& params);
nlohmann::json completion(const FeatureContext& ctx, const nlohmann::json& params);
nlohmann::json hover(const FeatureContext& ctx, const nlohmann::json& params);

// The file a `file = "..."` string names: relative to the campaign's folder,
// or (test plans) to the scripts folder.
std::string resolve_file_field(const std::string& script_path, ScriptKind kind, const std::string& value);

}  // namespace fd::lsp
