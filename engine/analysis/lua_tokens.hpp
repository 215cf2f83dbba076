// Splits Lua source text into tokens with their places, skipping comments and
// spaces: enough for an editor's questions (what is under the cursor, which
// table holds it), without running anything. Never fails: broken text still
// gives tokens (an unclosed string ends at its line's end).
#pragma once
#include <string>
#include <vector>

namespace fd {

// 0-based line; column in bytes from the line's start.
struct TextPos {
    int line = 0;
    int column = 0;
};
bool operator<(const TextPos& a, const TextPos& b);
bool operator<=(const TextPos& a, const TextPos& b);

struct LuaToken {
    enum class Kind { Name, String, Number, Symbol };
    Kind kind = Kind::Symbol;
    std::string text;     // a name, a symbol ("{", "=", "=="), a number, or a string's contents
    TextPos start, end;   // the whole token, quotes included; end is one past its last byte
    TextPos inner_start;  // a string's contents start here (after the opening quote)
    bool closed = true;   // false for a string its line ended inside
};

std::vector<LuaToken> lua_tokens(const std::string& source);

bool is_lua_keyword(const std::string& name);

}  // namespace fd
