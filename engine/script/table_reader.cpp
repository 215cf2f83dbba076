#include "table_reader.hpp"

#include <algorithm>
#include <cmath>

#include "drawable_text.hpp"
#include "limits.hpp"
#include "money.hpp"
#include "rules.hpp"
#include "vocabulary.hpp"

namespace fd {

using code::N_;

TableReader::TableReader(lua_State* L, int index, Detail what, std::string file, const SourceLines& src,
                         Diagnostics& out, int line)
    : L_(L), index_(lua_absindex(L, index)), what_(std::move(what)), file_(std::move(file)), src_(src), out_(out) {
    spot_.line = line;
}

int TableReader::line_of(const std::string& field) {
    auto it = spot_.fields.find(field);
    if (it != spot_.fields.end()) return it->second;
    int l = src_.field_line(spot_.line, field);
    if (l == 0) l = spot_.line;
    spot_.fields[field] = l;
    return l;
}

void TableReader::report(Severity sev, const std::string& field, const std::string& code, const Detail& message) {
    out_.push_back({file_, field.empty() ? spot_.line : line_of(field), sev, code, message});
}
void TableReader::error(const std::string& field, const std::string& code, const Detail& message) {
    report(Severity::Error, field, code, message);
}
void TableReader::warning(const std::string& field, const std::string& code, const Detail& message) {
    report(Severity::Warning, field, code, message);
}

bool TableReader::present(const char* name) {
    lua_getfield(L_, index_, name);
    bool p = !lua_isnil(L_, -1);
    lua_pop(L_, 1);
    return p;
}

bool TableReader::push(const char* name, int want, bool required) {
    lua_getfield(L_, index_, name);
    int t = lua_type(L_, -1);
    if (t == want) return true;
    lua_pop(L_, 1);
    if (t == LUA_TNIL) {
        // TRANSLATORS: a lint detail under the code's meaning. {what} is the part of the script
        // ("encounter", "answer 'first_ask.listen'"), {field} a field name: keep names as written.
        if (required) error("", code::missing_field, say(N_("{what} has no '{field}'"), {{"what", what_}, {"field", name}}));
    } else {
        error(name, code::wrong_type,
              say(N_("{what}: '{field}' should be a {type}, not a {given}"),
                  {{"what", what_}, {"field", name}, {"type", code_word(lua_typename(L_, want))}, {"given", code_word(lua_typename(L_, t))}}));
    }
    return false;
}

std::string TableReader::text(const char* name, bool required) {
    if (!push(name, LUA_TSTRING, required)) return {};
    std::string s = lua_tostring(L_, -1);
    lua_pop(L_, 1);
    line_of(name);
    if (required && s.empty()) error(name, code::missing_field, say(N_("{what}: '{field}' is empty"), {{"what", what_}, {"field", name}}));
    if (std::string bad = first_undrawable(s); !bad.empty())
        warning(name, code::undrawable_text,
                say(N_("{what}: '{field}' has {characters}, which the game's fonts cannot draw (it would show as '?')"),
                    {{"what", what_}, {"field", name}, {"characters", bad}}));
    if (s.size() > kTextLimit.max) {
        error(name, code::over_limit,
              say(N_("{what}: '{field}': {problem}"), {{"what", what_}, {"field", name}, {"problem", over_limit(kTextLimit, s.size())}}));
        return {};
    }
    return s;
}

std::optional<long long> TableReader::integer(const char* name, bool required, long long lo, long long hi,
                                              const char* range_code) {
    if (!push(name, LUA_TNUMBER, required)) return std::nullopt;
    int isint = 0;
    long long v = lua_tointegerx(L_, -1, &isint);
    double d = lua_tonumber(L_, -1);
    lua_pop(L_, 1);
    line_of(name);
    if (!isint) {
        error(name, code::wrong_type,
              say(N_("{what}: '{field}' should be a whole number, not {value}"), {{"what", what_}, {"field", name}, {"value", std::to_string(d)}}));
        return std::nullopt;
    }
    if (v < lo || v > hi) {
        error(name, range_code,
              say(N_("{what}: '{field}' is {value}, outside {low}..{high}"),
                  {{"what", what_}, {"field", name}, {"value", std::to_string(v)}, {"low", std::to_string(lo)}, {"high", std::to_string(hi)}}));
        return std::nullopt;
    }
    return v;
}

void TableReader::check_length(const char* field, const std::string& value, std::size_t max) {
    if (value.size() > max)
        warning(field, code::text_too_long,
                say(N_("{what}: '{field}' is {length} characters; keep it under {max} to fit the projector layout"),
                    {{"what", what_}, {"field", field}, {"length", std::to_string(value.size())}, {"max", std::to_string(max)}}));
}

namespace {

// The string keys of the table at `index` that are not `allowed`, sorted (the raw
// order changes from run to run, and messages must not).
std::vector<std::string> unknown_keys(lua_State* L, int index, const std::vector<std::string>& allowed,
                                      bool* list_entries) {
    std::vector<std::string> unknown;
    lua_pushnil(L);
    while (lua_next(L, index)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TNUMBER && list_entries) *list_entries = true;
        if (lua_type(L, -1) != LUA_TSTRING) continue;
        std::string key = lua_tostring(L, -1);
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) unknown.push_back(std::move(key));
    }
    std::sort(unknown.begin(), unknown.end());
    return unknown;
}

// Reports the first few unknown keys with a hint each, then how many more there are:
// a table with thousands of stray keys must not cost thousands of hints.
// `effects`: the table is an effects table ("effects have ..."), else `what` has them.
void report_unknown(const std::vector<std::string>& unknown, const std::vector<std::string>& allowed,
                    const Detail& what, bool effects, const Complaint& complain) {
    constexpr std::size_t kShown = 5;
    for (std::size_t i = 0; i < unknown.size() && i < kShown; ++i) {
        const std::string& key = unknown[i];
        Detail hint = key.size() <= 40 ? did_you_mean_hint(key, allowed) : Detail();
        complain(key, code::unknown_field,
                 effects ? say(N_("effects have unknown field '{field}'{hint}"), {{"field", clipped(key)}, {"hint", hint}})
                         : say(N_("{what} has unknown field '{field}'{hint}"), {{"what", what}, {"field", clipped(key)}, {"hint", hint}}));
    }
    if (unknown.size() <= kShown) return;
    std::string more = std::to_string(unknown.size() - kShown);
    complain("", code::unknown_field,
             effects ? say(N_("effects have {count} more unknown fields"), {{"count", more}})
                     : say(N_("{what} has {count} more unknown fields"), {{"what", what}, {"count", more}}));
}

}  // namespace

void TableReader::finish(const std::vector<std::string>& allowed) {
    bool list_entries = false;
    std::vector<std::string> unknown = unknown_keys(L_, index_, allowed, &list_entries);
    if (list_entries) error("", code::unknown_field, say(N_("{what} has a list entry where only named fields belong"), {{"what", what_}}));
    report_unknown(unknown, allowed, what_, false,
                   [&](const std::string& field, const std::string& code, const Detail& message) {
                       error(field, code, message);
                   });
}

namespace {
// A flag's name, or nothing (with a complaint) when it is over the limit.
bool flag_name_fits(const std::string& key, const std::string& field, const Complaint& complain) {
    if (key.size() <= kFlagNameLimit.max) return true;
    complain(field, code::over_limit, say(N_("'{field}' has a flag '{flag}': {problem}"),
                                          {{"field", field}, {"flag", clipped(key)}, {"problem", over_limit(kFlagNameLimit, key.size())}}));
    return false;
}

void flag_text(Flags& flags, const std::string& key, std::string value, const std::string& field,
               const Complaint& complain) {
    if (value.size() > kFlagTextLimit.max)
        complain(field, code::over_limit, say(N_("flag '{flag}': {problem}"), {{"flag", key}, {"problem", over_limit(kFlagTextLimit, value.size())}}));
    else
        flags[key] = std::move(value);
}
}  // namespace

Flags parse_flags(lua_State* L, int index, const std::string& field, const Complaint& complain) {
    Flags flags;
    index = lua_absindex(L, index);
    std::size_t count = 0;
    lua_pushnil(L);
    while (lua_next(L, index)) {
        if (++count > kFlagCountLimit.max) {
            lua_pop(L, 2);  // the value and the key: the rest is not read
            complain(field, code::over_limit, say(N_("'{field}': {limit} is over the limit of {max}"),
                                                  {{"field", field}, {"limit", kFlagCountLimit.name}, {"max", std::to_string(kFlagCountLimit.max)}}));
            return flags;
        }
        if (lua_type(L, -2) != LUA_TSTRING) {
            complain(field, code::wrong_type, say(N_("'{field}' names must be strings: write {{ name = true }"), {{"field", field}}));
        } else if (std::string key = lua_tostring(L, -2); flag_name_fits(key, field, complain)) {
            switch (lua_type(L, -1)) {
                case LUA_TBOOLEAN: flags[key] = static_cast<bool>(lua_toboolean(L, -1)); break;
                case LUA_TNUMBER: {
                    double d = lua_tonumber(L, -1);
                    // A save is JSON, which has no infinity or NaN: such a flag could not be kept.
                    if (std::isfinite(d))
                        flags[key] = d;
                    else
                        complain(field, code::out_of_range, say(N_("flag '{flag}' is {value}; a flag's number must be finite"),
                                                                {{"flag", key}, {"value", std::to_string(d)}}));
                    break;
                }
                case LUA_TSTRING: flag_text(flags, key, std::string(lua_tostring(L, -1)), field, complain); break;
                default:
                    complain(field, code::wrong_type, say(N_("flag '{flag}' must be true/false, a number or a string, not a {type}"),
                                                          {{"flag", key}, {"type", code_word(luaL_typename(L, -1))}}));
            }
        }
        lua_pop(L, 1);
    }
    return flags;
}

void check_flags_room(const Flags& have, const Flags& adding, const std::string& field, const Complaint& complain) {
    std::string problem = flags_room_problem(have, adding, field);
    if (!problem.empty()) complain(field, code::over_limit, problem);
}

namespace {
// The effect at the top of the stack is not a whole number: a fraction, a string (written in quotes?) or another type.
Detail not_whole(lua_State* L, const char* name) {
    if (lua_type(L, -1) == LUA_TNUMBER) return say(N_("effect '{field}' should be a whole number, not a fraction"), {{"field", name}});
    if (lua_type(L, -1) == LUA_TSTRING)
        return say(N_("effect '{field}' should be a whole number, not a {type} (write {field} = {value}, without quotes)"),
                   {{"field", name}, {"type", code_word("string")}, {"value", lua_tostring(L, -1)}});
    return say(N_("effect '{field}' should be a whole number, not a {type}"), {{"field", name}, {"type", code_word(luaL_typename(L, -1))}});
}

void effect_number(lua_State* L, int index, const char* name, int lo, int hi, int& out, const Complaint& complain) {
    lua_getfield(L, index, name);
    if (!lua_isnil(L, -1)) {
        int isint = 0;
        // Only a number is a number: lua_tointegerx would also take the string "-10".
        long long v = lua_type(L, -1) == LUA_TNUMBER ? lua_tointegerx(L, -1, &isint) : 0;
        if (!isint)
            complain(name, code::wrong_type, not_whole(L, name));
        else if (v < lo || v > hi)
            complain(name, code::out_of_range, say(N_("effect '{field}' is {value}, outside {low}..{high}"),
                                                   {{"field", name}, {"value", std::to_string(v)}, {"low", std::to_string(lo)}, {"high", std::to_string(hi)}}));
        else
            out = static_cast<int>(v);
    }
    lua_pop(L, 1);
}
}  // namespace

void parse_effects(lua_State* L, int index, Effects& out, const Complaint& complain) {
    index = lua_absindex(L, index);
    effect_number(L, index, "trust", -100, 100, out.trust, complain);
    effect_number(L, index, "wall", -100, 100, out.wall, complain);
    effect_number(L, index, "reputation", -10, 10, out.reputation, complain);
    effect_number(L, index, "money", -1000000, 1000000, out.money, complain);
    lua_getfield(L, index, "mood");
    if (lua_type(L, -1) == LUA_TSTRING) {
        std::string mood = lua_tostring(L, -1);
        if (mood.size() > kMoodLimit.max) {
            complain("mood", code::over_limit, say(N_("effect 'mood': {problem}"), {{"problem", over_limit(kMoodLimit, mood.size())}}));
        } else if (std::find(kMoods.begin(), kMoods.end(), mood) == kMoods.end()) {
            complain("mood", code::unknown_value, unknown_word(code_word("mood"), mood, kMoods));
        } else {
            out.mood = mood;
        }
    } else if (!lua_isnil(L, -1)) {
        complain("mood", code::wrong_type, say(N_("effect 'mood' should be a string such as \"calm\"")));
    }
    lua_pop(L, 1);
    for (const char* f : {"flags", "story"}) {
        lua_getfield(L, index, f);
        if (lua_istable(L, -1))
            (f[0] == 'f' ? out.flags : out.story) = parse_flags(L, -1, f, complain);
        else if (!lua_isnil(L, -1))
            complain(f, code::wrong_type, say(N_("effect '{field}' should be a table such as {{ name = true }"), {{"field", f}}));
        lua_pop(L, 1);
    }
    const std::vector<std::string>& known = fields_of("effects");
    report_unknown(unknown_keys(L, index, known, nullptr), known, Detail(), true, complain);
}

std::string currency_field(TableReader& r) {
    std::string code = r.text("currency", false);
    if (!code.empty() && !is_currency_code(code))
        r.error("currency", code::unknown_value,
                say(N_("{what}: 'currency' should be an ISO 4217 code such as \"EUR\" or \"GBP\", not '{value}'"), {{"what", r.what()}, {"value", code}}));
    return code;
}

}  // namespace fd
