// A forgiving Lua tokenizer for editor features (see lua_tokens.hpp).
#include "lua_tokens.hpp"

#include <cctype>
#include <set>
#include <tuple>

namespace fd {

bool operator<(const TextPos& a, const TextPos& b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); }
bool operator<=(const TextPos& a, const TextPos& b) { return !(b < a); }

bool is_lua_keyword(const std::string& name) {
    static const std::set<std::string> keywords = {"and",  "break", "do",     "else", "elseif", "end",
                                                   "false", "for",  "function", "goto", "if",    "in",
                                                   "local", "nil",  "not",    "or",   "repeat", "return",
                                                   "then", "true",  "until",  "while"};
    return keywords.count(name) > 0;
}

namespace {

class Scanner {
public:
    explicit Scanner(const std::string& s) : s_(s) {}

    std::vector<LuaToken> run() {
        while (i_ < s_.size()) step();
        return std::move(out_);
    }

private:
    const std::string& s_;
    std::size_t i_ = 0;
    TextPos pos_;
    std::vector<LuaToken> out_;

    char at(std::size_t k) const { return k < s_.size() ? s_[k] : '\0'; }
    void advance() {
        if (s_[i_] == '\n') {
            ++pos_.line;
            pos_.column = 0;
        } else {
            ++pos_.column;
        }
        ++i_;
    }
    // "[[", "[=[" ...: the level (number of '='), or -1 when this is no long bracket.
    int long_bracket_level() const {
        if (at(i_) != '[') return -1;
        std::size_t k = i_ + 1;
        while (at(k) == '=') ++k;
        return at(k) == '[' ? static_cast<int>(k - i_ - 1) : -1;
    }
    // Skips a long bracket's body and its closing "]=*]"; returns the body.
    std::string long_body(int level) {
        for (int k = 0; k < level + 2; ++k) advance();
        std::string close = "]" + std::string(static_cast<std::size_t>(level), '=') + "]";
        std::size_t end = s_.find(close, i_);
        std::size_t stop = end == std::string::npos ? s_.size() : end;
        std::string body = s_.substr(i_, stop - i_);
        while (i_ < stop) advance();
        for (std::size_t k = 0; k < close.size() && i_ < s_.size(); ++k) advance();
        return body;
    }
    void comment() {
        advance();
        advance();
        int level = long_bracket_level();
        if (level >= 0) {
            long_body(level);
            return;
        }
        while (i_ < s_.size() && s_[i_] != '\n') advance();
    }
    void quoted(LuaToken& t) {
        char quote = s_[i_];
        advance();
        t.inner_start = pos_;
        t.closed = false;
        while (i_ < s_.size() && s_[i_] != '\n') {
            char c = s_[i_];
            if (c == quote) {
                advance();
                t.closed = true;
                return;
            }
            if (c == '\\' && i_ + 1 < s_.size()) {  // escapes are kept as written ("\115tory" is not "story" here)
                t.text += c;
                advance();
                t.text += s_[i_];
                advance();
                continue;
            }
            t.text += c;
            advance();
        }
    }
    void step() {
        char c = s_[i_];
        if (std::isspace(static_cast<unsigned char>(c))) return advance();
        if (c == '-' && at(i_ + 1) == '-') return comment();
        LuaToken t;
        t.start = pos_;
        if (c == '"' || c == '\'') {
            t.kind = LuaToken::Kind::String;
            quoted(t);
        } else if (long_bracket_level() >= 0) {
            t.kind = LuaToken::Kind::String;
            int level = long_bracket_level();
            t.inner_start = {pos_.line, pos_.column + level + 2};
            t.text = long_body(level);
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            t.kind = LuaToken::Kind::Name;
            while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_')) {
                t.text += s_[i_];
                advance();
            }
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            t.kind = LuaToken::Kind::Number;
            while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.')) {
                t.text += s_[i_];
                advance();
            }
        } else {
            t.kind = LuaToken::Kind::Symbol;
            t.text = c;
            advance();
            bool pair = (std::string("=~<>").find(c) != std::string::npos && at(i_) == '=') || (c == '.' && at(i_) == '.');
            if (pair) {
                t.text += s_[i_];
                advance();
                if (t.text == ".." && at(i_) == '.') {  // "..." (varargs)
                    t.text += s_[i_];
                    advance();
                }
            }
        }
        t.end = pos_;
        out_.push_back(std::move(t));
    }
};

}  // namespace

std::vector<LuaToken> lua_tokens(const std::string& source) { return Scanner(source).run(); }

}  // namespace fd
