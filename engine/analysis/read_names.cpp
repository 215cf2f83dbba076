// The conservative read-name scan: a small Lua tokenizer, then a check of every use
// of every function parameter and of every .story / .outcomes field. See read_names.hpp.
#include "read_names.hpp"

#include <vector>

#include "file_text.hpp"
#include "lua_tokens.hpp"

namespace fd {

using Tok = LuaToken::Kind;
namespace {

class Scanner {
public:
    explicit Scanner(std::vector<LuaToken> t) : t_(std::move(t)) {}

    ReadNames run() {
        find_parameters();
        for (std::size_t i = 0; i < t_.size() && !names_.everything; ++i) {
            if (is(i, Tok::Name, "require") || is(i, Tok::Symbol, "...")) names_.everything = true;
            // Any field named story or outcomes, on anything: what follows says what is read.
            if (is(i, Tok::Symbol, ".") && i + 1 < t_.size() && t_[i + 1].kind == Tok::Name)
                field_use(t_[i + 1].text, i + 2);
            if (is(i, Tok::Symbol, "[") && i + 2 < t_.size() && t_[i + 1].kind == Tok::String && is(i + 2, Tok::Symbol, "]"))
                field_use(t_[i + 1].text, i + 3);
            if (t_[i].kind == Tok::Name && params_.count(t_[i].text) && !declared_[i] && !after_dot(i))
                parameter_use(i);
        }
        return names_;
    }

private:
    bool is(std::size_t i, Tok kind, const char* text) const {
        return i < t_.size() && t_[i].kind == kind && t_[i].text == text;
    }
    bool after_dot(std::size_t i) const { return i > 0 && (is(i - 1, Tok::Symbol, ".") || is(i - 1, Tok::Symbol, ":")); }

    // A value used only as a truth value or in == / ~=: nothing can reach through it.
    bool only_tested(std::size_t next) const {
        for (const char* w : {"and", "then", "do"})
            if (is(next, Tok::Name, w)) return true;
        return is(next, Tok::Symbol, "==") || is(next, Tok::Symbol, "~=");
    }
    // A parameter used as `not P`, `x == P`: a truth value again.
    bool tested_before(std::size_t i) const {
        return i > 0 && (is(i - 1, Tok::Name, "not") || is(i - 1, Tok::Symbol, "==") || is(i - 1, Tok::Symbol, "~="));
    }

    // Every name in a parameter list (function f(a, b), function(s)) and every local
    // declared with one of those names is marked as a declaration, not a use.
    void find_parameters() {
        declared_.assign(t_.size(), false);
        for (std::size_t i = 0; i < t_.size(); ++i) {
            if (!is(i, Tok::Name, "function")) continue;
            std::size_t j = i + 1;
            while (j < t_.size() && !is(j, Tok::Symbol, "(")) ++j;
            for (++j; j < t_.size() && !is(j, Tok::Symbol, ")"); ++j)
                if (t_[j].kind == Tok::Name) {
                    params_.insert(t_[j].text);
                    declared_[j] = true;
                }
        }
        for (std::size_t i = 0; i + 1 < t_.size(); ++i)
            if (is(i, Tok::Name, "local") || is(i, Tok::Name, "for"))
                for (std::size_t j = i + 1; j < t_.size() && (t_[j].kind == Tok::Name || is(j, Tok::Symbol, ",")); ++j) {
                    if (is(j, Tok::Name, "function") || is(j, Tok::Name, "in")) break;
                    declared_[j] = true;
                }
    }

    // A parameter (maybe the state) used at i: only P.NAME, P["NAME"] or a truth test are safe.
    void parameter_use(std::size_t i) {
        if (is(i + 1, Tok::Symbol, ".") && i + 2 < t_.size() && t_[i + 2].kind == Tok::Name) return;  // field_use checks it
        if (is(i + 1, Tok::Symbol, "[") && i + 3 < t_.size() && t_[i + 2].kind == Tok::String && is(i + 3, Tok::Symbol, "]"))
            return;
        if (only_tested(i + 1) || tested_before(i)) return;
        names_.everything = true;  // aliased, passed on, captured in a table, indexed with a computed key, ...
    }

    // A field `name` was taken; `next` is the token after it.
    void field_use(const std::string& name, std::size_t next) {
        if (name.find('\\') != std::string::npos) names_.everything = true;  // "\115tory" is "story" too
        std::set<std::string>* into = name == "story" ? &names_.story : name == "outcomes" ? &names_.outcomes : nullptr;
        if (!into) return;
        if (is(next, Tok::Symbol, ".") && next + 1 < t_.size() && t_[next + 1].kind == Tok::Name) {
            into->insert(t_[next + 1].text);
        } else if (is(next, Tok::Symbol, "[") && next + 2 < t_.size() && t_[next + 1].kind == Tok::String &&
                   is(next + 2, Tok::Symbol, "]")) {
            if (t_[next + 1].text.find('\\') != std::string::npos) names_.everything = true;
            into->insert(t_[next + 1].text);
        } else if (!only_tested(next)) {
            names_.everything = true;  // the table itself escapes: aliased, iterated, indexed with a computed key
        }
    }

    std::vector<LuaToken> t_;
    std::set<std::string> params_;
    std::vector<bool> declared_;
    ReadNames names_;
};

}  // namespace

ReadNames scan_read_names(const std::string& source) { return Scanner(lua_tokens(source)).run(); }

ReadNames scan_read_names_in_file(const std::string& path) {
    constexpr std::size_t kMaxScriptBytes = 16u << 20;
    FileText f = read_file(path, kMaxScriptBytes);
    if (!f.ok) {
        ReadNames all;
        all.everything = true;
        return all;
    }
    return scan_read_names(f.text);
}

}  // namespace fd
