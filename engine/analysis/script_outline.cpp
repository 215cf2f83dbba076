// Reads a script's shape from its tokens (see script_outline.hpp).
#include "script_outline.hpp"

#include <algorithm>

#include "mode.hpp"
#include "vocabulary.hpp"

namespace fd {

namespace {

using Kind = LuaToken::Kind;

bool is_beat_constructor(const std::string& name) {
    return name == "narration" || name == "decision" || name == "route" || name == "ending";
}

bool is(const LuaToken& t, Kind k, const char* text) { return t.kind == k && t.text == text; }

// The label of a "{" at token i, given the labels of the tables around it and
// the field whose function is being read (`effects = function ... return {`).
std::string brace_label(const std::vector<LuaToken>& t, std::size_t i, const std::string& parent,
                        const std::string& function_field) {
    if (i >= 1 && t[i - 1].kind == Kind::Name) {
        if (t[i - 1].text == "return") return function_field;
        if (!is_lua_keyword(t[i - 1].text)) return t[i - 1].text;  // a constructor call: decision {
    }
    if (i >= 2 && is(t[i - 1], Kind::Symbol, "=") && t[i - 2].kind == Kind::Name) return t[i - 2].text;
    if (parent == "cases") return "case";
    return "";
}

ScriptKind kind_of(const std::string& constructor) {
    if (constructor == "encounter") return ScriptKind::Encounter;
    if (constructor == "campaign") return ScriptKind::Campaign;
    if (constructor == "tests") return ScriptKind::Tests;
    return ScriptKind::Unknown;
}

void read_shape(ScriptOutline& o) {
    const auto& t = o.tokens;
    std::vector<std::size_t> open;  // indexes into o.tables
    std::string function_field;
    TextPos text_end = t.empty() ? TextPos{} : t.back().end;
    for (std::size_t i = 0; i < t.size(); ++i) {
        std::string parent = open.empty() ? "" : o.tables[open.back()].label;
        if (is(t[i], Kind::Symbol, "{")) {
            std::string label = brace_label(t, i, parent, function_field);
            if (o.kind == ScriptKind::Unknown && open.empty()) o.kind = kind_of(label);
            o.tables.push_back({label, t[i].start, text_end});
            open.push_back(o.tables.size() - 1);
        } else if (is(t[i], Kind::Symbol, "}") && !open.empty()) {
            o.tables[open.back()].close = t[i].start;
            open.pop_back();
        } else if (is(t[i], Kind::Name, "function") && i >= 2 && is(t[i - 1], Kind::Symbol, "=")) {
            function_field = t[i - 2].text;
        } else if (t[i].kind == Kind::String) {
            bool field = i >= 2 && is(t[i - 1], Kind::Symbol, "=") && t[i - 2].kind == Kind::Name;
            bool item = i >= 1 && (is(t[i - 1], Kind::Symbol, "{") || is(t[i - 1], Kind::Symbol, ","));
            if (field || item)
                o.strings.push_back({field ? t[i - 2].text : "", parent, t[i].text, t[i].inner_start,
                                     t[i].closed ? TextPos{t[i].end.line, t[i].end.column - 1} : t[i].end});
        }
    }
}

std::vector<std::string> mode_names() {
    std::vector<std::string> names;
    for (Mode m : kAllModes) names.push_back(mode_name(m));
    return names;
}

std::vector<std::string> ids_of(const ScriptOutline& o) {
    std::vector<std::string> ids;
    for (const auto& s : o.declared_ids()) ids.push_back(s.value);
    return ids;
}

std::vector<std::string> values_for(const ScriptOutline& o, const StringValue& s) {
    if (names_an_id(s.field) && o.kind != ScriptKind::Tests) return ids_of(o);
    if (s.field == "mode" || s.field == "always" || (s.field.empty() && s.table == "choose")) return mode_names();
    if (s.field == "sector") return kSectors;
    if (s.field == "mood") return kMoods;
    if (s.field == "outcome") return kOutcomes;
    if (s.table == "situation") return kSituationLevels;
    if (s.table == "look") return look_values(s.field);
    return {};
}

// What a table holds: its fields, or the constructors its items are written with.
std::vector<std::string> fields_for(const std::string& table) {
    if (table == "situation") return kSituationKeys;
    if (table == "beats") return {"narration", "decision", "route", "ending"};
    if (table == "answers") return {"answer"};
    if (table == "stages") return {"stage"};
    if (table == "tests") return {"plan"};
    return fields_of(table);
}

}  // namespace

bool names_an_id(const std::string& field) { return field == "next" || field == "otherwise" || field == "start"; }

ScriptOutline outline_script(const std::string& source) {
    ScriptOutline o;
    o.tokens = lua_tokens(source);
    read_shape(o);
    return o;
}

std::vector<StringValue> ScriptOutline::declared_ids() const {
    std::vector<StringValue> ids;
    for (const auto& s : strings)
        if (s.field == "id" && (kind == ScriptKind::Campaign ? s.table == "stage" : is_beat_constructor(s.table)))
            ids.push_back(s);
    return ids;
}

const StringValue* ScriptOutline::string_at(TextPos pos) const {
    for (const auto& s : strings)
        if (s.start <= pos && pos <= s.end) return &s;
    return nullptr;
}

std::string ScriptOutline::table_at(TextPos pos) const {
    const TableSpan* inner = nullptr;
    for (const auto& t : tables)
        if (t.open < pos && pos <= t.close && (!inner || inner->open < t.open)) inner = &t;
    return inner ? inner->label : "";
}

std::string ScriptOutline::name_at(TextPos pos) const {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const LuaToken& t = tokens[i];
        if (t.kind != Kind::Name || pos < t.start || t.end < pos) continue;
        std::string name = t.text;
        // s.trust, s.flags.x: keep what it hangs from, back to the first name.
        for (std::size_t k = i; k >= 2 && is(tokens[k - 1], Kind::Symbol, ".") && tokens[k - 2].kind == Kind::Name; k -= 2)
            name = tokens[k - 2].text + "." + name;
        return name;
    }
    return "";
}

Completions completions_at(const ScriptOutline& outline, TextPos pos) {
    Completions c;
    // Inside a string (closed, or still being typed at the end of its line).
    for (const auto& tok : outline.tokens)
        if (tok.kind == Kind::String && tok.inner_start <= pos &&
            (tok.closed ? pos < tok.end : pos.line == tok.end.line)) {
            c.in_string = true;
            if (const StringValue* s = outline.string_at(tok.inner_start)) c.values = values_for(outline, *s);
            return c;
        }
    c.values = fields_for(outline.table_at(pos));
    return c;
}

}  // namespace fd
