// Reads one script table field by field, reporting missing, mistyped and
// unknown fields at the line of the field itself.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <lua.hpp>

#include "diagnostic.hpp"
#include "encounter.hpp"
#include "source_lines.hpp"
#include "vocabulary.hpp"

namespace fd {

class TableReader {
public:
    TableReader(lua_State* L, int index, Detail what, std::string file, const SourceLines& src,
                Diagnostics& out, int line);

    std::string text(const char* name, bool required);
    std::optional<long long> integer(const char* name, bool required, long long lo, long long hi,
                                     const char* range_code = code::out_of_range);
    // Pushes the field when it has the given Lua type; reports a wrong type. Returns false if absent/wrong.
    bool push(const char* name, int lua_type, bool required);
    bool present(const char* name);

    void error(const std::string& field, const std::string& code, const Detail& message);
    void warning(const std::string& field, const std::string& code, const Detail& message);
    void check_length(const char* field, const std::string& value, std::size_t max);
    // Reports fields other than `allowed`, with a "did you mean" hint.
    void finish(const std::vector<std::string>& allowed);

    int line_of(const std::string& field);
    const SourceSpot& spot() const { return spot_; }
    const Detail& what() const { return what_; }  // "encounter", "answer 'x.listen'", ...
    int index() const { return index_; }

private:
    void report(Severity sev, const std::string& field, const std::string& code, const Detail& message);
    lua_State* L_;
    int index_;
    Detail what_;
    std::string file_;
    const SourceLines& src_;
    Diagnostics& out_;
    SourceSpot spot_;
};

// Parses an effects table at `index` into `out`; `complain(field, code, message)` hears problems.
using Complaint = std::function<void(const std::string&, const std::string&, const Detail&)>;
void parse_effects(lua_State* L, int index, Effects& out, const Complaint& complain);
// Parses a flags table (string keys; boolean, number or string values).
Flags parse_flags(lua_State* L, int index, const std::string& field, const Complaint& complain);
// Complains when adding `adding` to `have` would take it over the number of flags
// allowed (limits.hpp): an effects function must not grow the flags without end.
void check_flags_room(const Flags& have, const Flags& adding, const std::string& field, const Complaint& complain);

// The optional `currency` of a campaign or encounter: an ISO 4217 code ("EUR"), else FD015.
std::string currency_field(TableReader& r);

}  // namespace fd
