// A small Lua tokenizer for scans of script source (what a script reads, which
// flags it sets and reads). Good enough for well-formed scripts; never executes anything.
#pragma once
#include <string>
#include <vector>

namespace fd {

enum class Tok { Name, String, Number, Punct };

struct Token {
    Tok kind;
    std::string text;  // a string's contents (escapes kept as written), else the token itself
    int line = 0;      // where it starts
};

std::vector<Token> tokenize(const std::string& source);

}  // namespace fd
