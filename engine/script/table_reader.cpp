#include "table_reader.hpp"

#include <algorithm>
#include <cmath>

#include "drawable_text.hpp"
#include "limits.hpp"
#include "money.hpp"
#include "rules.hpp"
#include "vocabulary.hpp"

namespace fd {

TableReader::TableReader(lua_State* L, int index, std::string what, std::string file, const SourceLines& src,
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

void TableReader::report(Severity sev, const std::string& field, const std::string& code, const std::string& message) {
    out_.push_back({file_, field.empty() ? spot_.line : line_of(field), sev, code, message});
}
void TableReader::error(const std::string& field, const std::string& code, const std::string& message) {
    report(Severity::Error, field, code, message);
}
void TableReader::warning(const std::string& field, const std::string& code, const std::string& message) {
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
        if (required) error("", code::missing_field, what_ + " has no '" + name + "'");
    } else {
        error(name, code::wrong_type, what_ + ": '" + name + "' should be a " + lua_typename(L_, want) + ", not a " +
                                 lua_typename(L_, t));
    }
    return false;
}

std::string TableReader::text(const char* name, bool required) {
    if (!push(name, LUA_TSTRING, required)) return {};
    std::string s = lua_tostring(L_, -1);
    lua_pop(L_, 1);
    line_of(name);
    if (required && s.empty()) error(name, code::missing_field, what_ + ": '" + name + "' is empty");
    if (std::string bad = first_undrawable(s); !bad.empty())
        warning(name, code::undrawable_text, what_ + ": '" + name + "' has " + bad +
                                                 ", which the game's fonts cannot draw (it would show as '?')");
    if (s.size() > kTextLimit.max) {
        error(name, code::over_limit, what_ + ": '" + name + "': " + over_limit(kTextLimit, s.size()));
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
        error(name, code::wrong_type, what_ + ": '" + name + "' should be a whole number, not " + std::to_string(d));
        return std::nullopt;
    }
    if (v < lo || v > hi) {
        error(name, range_code,
              what_ + ": '" + name + "' is " + std::to_string(v) + ", outside " + std::to_string(lo) + ".." +
                  std::to_string(hi));
        return std::nullopt;
    }
    return v;
}

void TableReader::check_length(const char* field, const std::string& value, std::size_t max) {
    if (value.size() > max)
        warning(field, code::text_too_long,
                what_ + ": '" + field + "' is " + std::to_string(value.size()) +
                    " characters; keep it under " + std::to_string(max) + " to fit the projector layout");
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
void report_unknown(const std::vector<std::string>& unknown, const std::vector<std::string>& allowed,
                    const std::string& what, const Complaint& complain) {
    constexpr std::size_t kShown = 5;
    for (std::size_t i = 0; i < unknown.size() && i < kShown; ++i) {
        const std::string& key = unknown[i];
        std::string hint = key.size() <= 40 ? did_you_mean(key, allowed) : std::string();
        complain(key, code::unknown_field, what + " unknown field '" + clipped(key) + "'" + (hint.empty() ? "" : "; " + hint));
    }
    if (unknown.size() > kShown)
        complain("", code::unknown_field, what + " " + std::to_string(unknown.size() - kShown) + " more unknown fields");
}

}  // namespace

void TableReader::finish(const std::vector<std::string>& allowed) {
    bool list_entries = false;
    std::vector<std::string> unknown = unknown_keys(L_, index_, allowed, &list_entries);
    if (list_entries) error("", code::unknown_field, what_ + " has a list entry where only named fields belong");
    report_unknown(unknown, allowed, what_ + " has",
                   [&](const std::string& field, const std::string& code, const std::string& message) {
                       error(field, code, message);
                   });
}

namespace {
// A flag's name, or nothing (with a complaint) when it is over the limit.
bool flag_name_fits(const std::string& key, const std::string& field, const Complaint& complain) {
    if (key.size() <= kFlagNameLimit.max) return true;
    complain(field, code::over_limit, "'" + field + "' has a flag '" + clipped(key) + "': " + over_limit(kFlagNameLimit, key.size()));
    return false;
}

void flag_text(Flags& flags, const std::string& key, std::string value, const std::string& field,
               const Complaint& complain) {
    if (value.size() > kFlagTextLimit.max)
        complain(field, code::over_limit, "flag '" + key + "': " + over_limit(kFlagTextLimit, value.size()));
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
            complain(field, code::over_limit, "'" + field + "': " + kFlagCountLimit.name + " is over the limit of " +
                                         std::to_string(kFlagCountLimit.max));
            return flags;
        }
        if (lua_type(L, -2) != LUA_TSTRING) {
            complain(field, code::wrong_type, "'" + field + "' names must be strings: write { name = true }");
        } else if (std::string key = lua_tostring(L, -2); flag_name_fits(key, field, complain)) {
            switch (lua_type(L, -1)) {
                case LUA_TBOOLEAN: flags[key] = static_cast<bool>(lua_toboolean(L, -1)); break;
                case LUA_TNUMBER: {
                    double d = lua_tonumber(L, -1);
                    // A save is JSON, which has no infinity or NaN: such a flag could not be kept.
                    if (std::isfinite(d))
                        flags[key] = d;
                    else
                        complain(field, code::out_of_range, "flag '" + key + "' is " + std::to_string(d) +
                                                     "; a flag's number must be finite");
                    break;
                }
                case LUA_TSTRING: flag_text(flags, key, std::string(lua_tostring(L, -1)), field, complain); break;
                default:
                    complain(field, code::wrong_type, "flag '" + key + "' must be true/false, a number or a string, not a " +
                                                 luaL_typename(L, -1));
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
void effect_number(lua_State* L, int index, const char* name, int lo, int hi, int& out, const Complaint& complain) {
    lua_getfield(L, index, name);
    if (!lua_isnil(L, -1)) {
        int isint = 0;
        // Only a number is a number: lua_tointegerx would also take the string "-10".
        long long v = lua_type(L, -1) == LUA_TNUMBER ? lua_tointegerx(L, -1, &isint) : 0;
        if (!isint)
            complain(name, code::wrong_type, std::string("effect '") + name + "' should be a whole number, not " +
                                                 (lua_type(L, -1) == LUA_TNUMBER ? "a fraction" : "a " + std::string(luaL_typename(L, -1))) +
                                                 (lua_type(L, -1) == LUA_TSTRING ? " (write " + std::string(name) + " = " + lua_tostring(L, -1) + ", without quotes)" : ""));
        else if (v < lo || v > hi)
            complain(name, code::out_of_range, std::string("effect '") + name + "' is " + std::to_string(v) + ", outside " +
                                        std::to_string(lo) + ".." + std::to_string(hi));
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
            complain("mood", code::over_limit, "effect 'mood': " + over_limit(kMoodLimit, mood.size()));
        } else if (std::find(kMoods.begin(), kMoods.end(), mood) == kMoods.end()) {
            complain("mood", code::unknown_value, unknown_word("mood", mood, kMoods));
        } else {
            out.mood = mood;
        }
    } else if (!lua_isnil(L, -1)) {
        complain("mood", code::wrong_type, "effect 'mood' should be a string such as \"calm\"");
    }
    lua_pop(L, 1);
    for (const char* f : {"flags", "story"}) {
        lua_getfield(L, index, f);
        if (lua_istable(L, -1))
            (f[0] == 'f' ? out.flags : out.story) = parse_flags(L, -1, f, complain);
        else if (!lua_isnil(L, -1))
            complain(f, code::wrong_type, std::string("effect '") + f + "' should be a table such as { name = true }");
        lua_pop(L, 1);
    }
    const std::vector<std::string>& known = fields_of("effects");
    report_unknown(unknown_keys(L, index, known, nullptr), known, "effects have", complain);
}

std::string currency_field(TableReader& r) {
    std::string code = r.text("currency", false);
    if (!code.empty() && !is_currency_code(code))
        r.error("currency", code::unknown_value,
                r.what() + ": 'currency' should be an ISO 4217 code such as \"EUR\" or \"GBP\", not '" + code + "'");
    return code;
}

}  // namespace fd
