// Go to definition, completion and hover over a script's text (see lsp_features.hpp).
#include <algorithm>
#include <filesystem>
#include <vector>

#include "diagnostic_json.hpp"
#include "lsp_features.hpp"

namespace fd::lsp {

namespace {

using nlohmann::json;

struct Place {
    std::string uri, path;
    const std::string* text = nullptr;
    TextPos pos;
};

// The document and position a request names; text null when the document is not open.
Place place_of(const FeatureContext& ctx, const json& params) {
    Place p;
    p.uri = params.at("textDocument").at("uri").get<std::string>();
    p.path = path_from_uri(p.uri);
    auto it = ctx.open.find(p.uri);
    if (it == ctx.open.end()) return p;
    p.text = &it->second;
    p.pos = to_text_pos(it->second, params.at("position"), ctx.utf16);
    return p;
}

// CompletionItemKind: Field, Value, Reference, Class (a constructor).
constexpr int kField = 5, kValue = 12, kReference = 18, kConstructor = 7;

bool is_constructor(const std::string& name) {
    for (const char* c : {"narration", "decision", "route", "ending", "answer", "stage", "plan"})
        if (name == c) return true;
    return false;
}

// The .lua files a `file = "..."` may name, relative to where it is read from; a
// few hundred at most, three folders deep, never the script itself.
std::vector<std::string> script_files(const std::string& path, ScriptKind kind) {
    namespace fs = std::filesystem;
    std::string base = resolve_file_field(path, kind, "");
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(base, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end && files.size() < 500; it.increment(ec)) {
        if (it.depth() >= 3) it.disable_recursion_pending();
        if (it->path().extension() != ".lua" || normal_path(it->path().string()) == normal_path(path)) continue;
        files.push_back(it->path().lexically_relative(base).generic_string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

nlohmann::json definition(const FeatureContext& ctx, const nlohmann::json& params) {
    Place p = place_of(ctx, params);
    if (!p.text) return nullptr;
    ScriptOutline outline = outline_script(*p.text);
    const StringValue* s = outline.string_at(p.pos);
    if (!s) return nullptr;
    if (names_an_id(s->field) && outline.kind != ScriptKind::Tests) {
        for (const auto& id : outline.declared_ids())
            if (id.value == s->value) return {{"uri", p.uri}, {"range", to_range(*p.text, id.start, id.end, ctx.utf16)}};
        return nullptr;
    }
    if (s->field == "file" && !p.path.empty()) {
        std::string target = normal_path(resolve_file_field(p.path, outline.kind, s->value));
        std::error_code ec;
        if (!std::filesystem::is_regular_file(target, ec) && !ctx.open.count(uri_from_path(target))) return nullptr;
        json start = {{"line", 0}, {"character", 0}};
        return {{"uri", uri_from_path(target)}, {"range", {{"start", start}, {"end", start}}}};
    }
    return nullptr;
}

nlohmann::json completion(const FeatureContext& ctx, const nlohmann::json& params) {
    Place p = place_of(ctx, params);
    json items = json::array();
    if (!p.text) return items;
    ScriptOutline outline = outline_script(*p.text);
    Completions found = completions_at(outline, p.pos);
    const StringValue* s = outline.string_at(p.pos);
    if (found.in_string && s && s->field == "file" && !p.path.empty()) found.values = script_files(p.path, outline.kind);
    bool ids = found.in_string && s && names_an_id(s->field);
    for (const auto& v : found.values) {
        json item = {{"label", v}};
        item["kind"] = found.in_string ? (ids ? kReference : kValue) : is_constructor(v) ? kConstructor : kField;
        std::string doc = found.in_string ? "" : ctx.docs.lookup(v);
        if (!doc.empty()) item["documentation"] = {{"kind", "markdown"}, {"value", doc}};
        items.push_back(std::move(item));
    }
    return items;
}

nlohmann::json hover(const FeatureContext& ctx, const nlohmann::json& params) {
    Place p = place_of(ctx, params);
    if (!p.text) return nullptr;
    ScriptOutline outline = outline_script(*p.text);
    const StringValue* s = outline.string_at(p.pos);
    if (s && names_an_id(s->field) && outline.kind != ScriptKind::Tests) {
        // A beat id: the line that declares it, or that nothing does.
        std::string value = "no beat or stage has the id `" + s->value + "`";
        for (const auto& id : outline.declared_ids())
            if (id.value == s->value) {
                std::string line = cli::line_of(*p.text, id.start.line + 1);
                value = "`" + line.substr(line.find_first_not_of(" \t"), 160) + "` (line " + std::to_string(id.start.line + 1) + ")";
                break;
            }
        return {{"contents", {{"kind", "markdown"}, {"value", value}}}};
    }
    std::string name = outline.name_at(p.pos);
    std::string doc = name.empty() ? "" : ctx.docs.lookup(name);
    if (doc.empty()) return nullptr;
    return {{"contents", {{"kind", "markdown"}, {"value", doc}}}};
}

}  // namespace fd::lsp
