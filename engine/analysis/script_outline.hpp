// What an editor needs to know of a script, read from its text alone (no Lua):
// which kind of script it is, the beat or stage ids it declares, every string
// that is a field's value (`next = "look"`) and the table it sits in, and what
// belongs at a place in the text (for completion and hover). The language
// server builds on this; the loaders remain the judges of what is valid.
#pragma once
#include <string>
#include <vector>

#include "lua_tokens.hpp"

namespace fd {

enum class ScriptKind { Unknown, Encounter, Campaign, Tests };

// A table in the text: `decision { ... }` is "decision", `situation = { ... }`
// is "situation", a route's `{ when = ..., next = ... }` is "case", and the table
// an `effects = function` returns is "effects".
struct TableSpan {
    std::string label;
    TextPos open, close;  // the braces; close is the text's end when unclosed
};

// A string literal that is a field's value, or an item of a list (`field` "").
struct StringValue {
    std::string field;  // "next", "mode", "file", "id", ...
    std::string table;  // label of the innermost table holding it ("" at the top)
    std::string value;
    TextPos start, end;  // the contents, inside the quotes
};

struct ScriptOutline {
    ScriptKind kind = ScriptKind::Unknown;
    std::vector<TableSpan> tables;
    std::vector<StringValue> strings;
    std::vector<LuaToken> tokens;

    // The ids the script declares: beats of an encounter, stages of a campaign.
    std::vector<StringValue> declared_ids() const;
    // The string whose contents hold `pos` (its ends included), or null.
    const StringValue* string_at(TextPos pos) const;
    // The label of the innermost table holding `pos`, "" at the top.
    std::string table_at(TextPos pos) const;
    // The name under `pos` with what it hangs from: "trust", "s.trust", "s.flags"; "" when none.
    std::string name_at(TextPos pos) const;
};

ScriptOutline outline_script(const std::string& source);

// Whether a string in field `field` names a beat (encounter) or a stage (campaign).
bool names_an_id(const std::string& field);

// What may be written at `pos`: the values of the string being typed there
// (beat ids, modes, sectors, moods, outcomes, situation levels), else the
// fields and constructors of the table holding it. From vocabulary.hpp and mode.hpp.
struct Completions {
    bool in_string = false;
    std::vector<std::string> values;  // sorted as the vocabulary lists them
};
Completions completions_at(const ScriptOutline& outline, TextPos pos);

}  // namespace fd
