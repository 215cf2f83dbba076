// A small Lua tokenizer for the source scans (read names, flag uses): names,
// strings, numbers and punctuation, with comments and whitespace dropped.
#include "lua_tokens.hpp"

#include <cctype>
#include <cstring>

namespace fd {
namespace {

bool name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// At `[` of a long bracket ([[, [==[): its level, or -1 when it is not one.
int long_bracket_level(const std::string& s, std::size_t i) {
    std::size_t j = i + 1;
    while (j < s.size() && s[j] == '=') ++j;
    return j < s.size() && s[j] == '[' ? static_cast<int>(j - i - 1) : -1;
}

// Skips a long bracket of `level` opening at i; returns the index after its close.
std::size_t skip_long(const std::string& s, std::size_t i, int level, std::string* body) {
    std::size_t start = i + static_cast<std::size_t>(level) + 2;
    std::string close = "]" + std::string(static_cast<std::size_t>(level), '=') + "]";
    std::size_t end = s.find(close, start);
    if (end == std::string::npos) end = s.size();
    if (body) *body = s.substr(start, end - start);
    return end == s.size() ? end : end + close.size();
}

}  // namespace

std::vector<Token> tokenize(const std::string& s) {
    static const char* three[] = {"..."};
    static const char* two[] = {"..", "==", "~=", "<=", ">=", "//", "::", "<<", ">>"};
    std::vector<Token> out;
    std::size_t i = 0, counted = 0;
    int line = 1;
    while (i < s.size()) {
        for (; counted < i; ++counted) line += s[counted] == '\n';
        char c = s[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (s.compare(i, 2, "--") == 0) {
            int level = i + 2 < s.size() && s[i + 2] == '[' ? long_bracket_level(s, i + 2) : -1;
            if (level >= 0) {
                i = skip_long(s, i + 2, level, nullptr);
            } else {
                std::size_t nl = s.find('\n', i);
                i = nl == std::string::npos ? s.size() : nl;
            }
        } else if (c == '"' || c == '\'') {
            std::string body;
            for (++i; i < s.size() && s[i] != c && s[i] != '\n'; ++i) {
                if (s[i] == '\\' && i + 1 < s.size()) body += s[i++];
                body += s[i];
            }
            ++i;
            out.push_back({Tok::String, body, line});
        } else if (c == '[' && long_bracket_level(s, i) >= 0) {
            std::string body;
            i = skip_long(s, i, long_bracket_level(s, i), &body);
            out.push_back({Tok::String, body, line});
        } else if (name_start(c)) {
            std::size_t j = i;
            while (j < s.size() && name_char(s[j])) ++j;
            out.push_back({Tok::Name, s.substr(i, j - i), line});
            i = j;
        } else if (std::isdigit(static_cast<unsigned char>(c)) ||
                   (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
            std::size_t j = i;
            while (j < s.size() && (name_char(s[j]) || s[j] == '.' ||
                                    ((s[j] == '+' || s[j] == '-') && std::strchr("eEpP", s[j - 1]))))
                ++j;
            out.push_back({Tok::Number, s.substr(i, j - i), line});
            i = j;
        } else {
            std::size_t len = 1;
            for (const char* p : three)
                if (s.compare(i, 3, p) == 0) len = 3;
            if (len == 1)
                for (const char* p : two)
                    if (s.compare(i, 2, p) == 0) len = 2;
            out.push_back({Tok::Punct, s.substr(i, len), line});
            i += len;
        }
    }
    return out;
}

}  // namespace fd
