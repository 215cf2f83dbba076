// The flag scan over Lua tokens, and lint's checks of the names found. See flag_uses.hpp.
#include "flag_uses.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "lua_tokens.hpp"

namespace fd {

using code::N_;

using Tok = LuaToken::Kind;

void FlagUses::add(const FlagUses& o) {
    flags.insert(flags.end(), o.flags.begin(), o.flags.end());
    story.insert(story.end(), o.story.begin(), o.story.end());
    reads_any_flag = reads_any_flag || o.reads_any_flag;
    reads_any_story = reads_any_story || o.reads_any_story;
}

namespace {

class Scan {
public:
    Scan(std::vector<LuaToken> t, std::string file, int skip_line) : t_(std::move(t)), file_(std::move(file)), skip_(skip_line) {}

    FlagUses run() {
        for (std::size_t i = 0; i < t_.size(); ++i) {
            if (!is_name(i, "flags") && !is_name(i, "story")) continue;
            bool story = t_[i].text == "story";
            if (is(i + 1, "=") && is(i + 2, "{") && !is(i - 1, ".")) {
                if (!(story == false && t_[i].start.line + 1 == skip_)) table_sets(i + 2, story);
            } else if (i > 0 && is(i - 1, ".")) {
                read_after(i + 1, story);
            }
        }
        // A module can read anything it is handed.
        for (std::size_t i = 0; i < t_.size(); ++i)
            if (is_name(i, "require")) uses_.reads_any_flag = uses_.reads_any_story = true;
        return uses_;
    }

private:
    bool is(std::size_t i, const char* punct) const {
        return i < t_.size() && (t_[i].kind == Tok::Symbol || t_[i].kind == Tok::Name) && t_[i].text == punct;
    }
    bool is_name(std::size_t i, const char* name) const { return i < t_.size() && t_[i].kind == Tok::Name && t_[i].text == name; }
    bool& any(bool story) { return story ? uses_.reads_any_story : uses_.reads_any_flag; }
    void use(bool story, const std::string& name, int line, bool set) {
        (story ? uses_.story : uses_.flags).push_back({name, file_, line, set});
    }

    // `flags = { a = true, ["b"] = 1 }`: the names at the table's own level.
    void table_sets(std::size_t open, bool story) {
        int depth = 0;
        for (std::size_t j = open; j < t_.size(); ++j) {
            if (is(j, "{")) ++depth;
            if (is(j, "}") && --depth == 0) return;
            if (depth != 1) continue;
            bool starts_field = is(j - 1, "{") || is(j - 1, ",") || is(j - 1, ";");
            if (!starts_field) continue;
            if (t_[j].kind == Tok::Name && is(j + 1, "=") && !is(j + 1, "=="))
                use(story, t_[j].text, t_[j].start.line + 1, true);
            else if (is(j, "[") && j + 1 < t_.size() && t_[j + 1].kind == Tok::String && is(j + 2, "]"))
                use(story, t_[j + 1].text, t_[j + 1].start.line + 1, true);
        }
    }

    // After `.flags`: `.name` or `["name"]` reads that flag; anything else reads any.
    void read_after(std::size_t next, bool story) {
        if (is(next, ".") && next + 1 < t_.size() && t_[next + 1].kind == Tok::Name)
            use(story, t_[next + 1].text, t_[next + 1].start.line + 1, false);
        else if (is(next, "[") && next + 1 < t_.size() && t_[next + 1].kind == Tok::String && is(next + 2, "]"))
            use(story, t_[next + 1].text, t_[next + 1].start.line + 1, false);
        else if (!is(next, "="))
            any(story) = true;
    }

    std::vector<LuaToken> t_;
    std::string file_;
    int skip_;
    FlagUses uses_;
};

std::vector<std::string> names_of(const std::vector<FlagUse>& uses, bool set) {
    std::set<std::string> names;
    for (const auto& u : uses)
        if (u.set == set) names.insert(u.name);
    return {names.begin(), names.end()};
}


// Whether `name` is a slip of the keyboard from one of `known`: one or two edits, and
// few for its length ("hotpsot" for "hotspot"; not "called" for "waived").
bool one_slip_from(const std::string& name, const std::vector<std::string>& known) {
    for (const auto& k : known) {
        std::size_t d = edit_distance(name, k);
        if (d <= 2 && d * 4 <= name.size()) return true;
    }
    return false;
}

// Read-but-never-set and set-but-never-read, for the uses in `own` against `all`. A flag
// set only to be kept (for the log, a test plan or a later version) is no mistake, so
// set-but-never-read is told only when a flag of a close name is read (a slip of the
// keyboard) or when `strict` (the encounter declares its flags).
void check_kind(bool story, const std::vector<FlagUse>& own, const std::vector<FlagUse>& all, bool reads_any,
                bool strict, Diagnostics& out) {
    std::vector<std::string> sets = names_of(all, true), reads = names_of(all, false);
    std::set<std::pair<std::string, bool>> told;
    for (const auto& u : own) {
        const auto& other = u.set ? reads : sets;
        if (std::binary_search(other.begin(), other.end(), u.name)) continue;
        if (u.set && reads_any) continue;
        if (u.set && !strict && !one_slip_from(u.name, other)) continue;
        if (!told.insert({u.name, u.set}).second) continue;
        const char* format = story ? (u.set ? N_("story flag '{flag}' is set here but never read{hint}")
                                            : N_("story flag '{flag}' is read here but never set{hint}"))
                                   : (u.set ? N_("flag '{flag}' is set here but never read{hint}")
                                            : N_("flag '{flag}' is read here but never set{hint}"));
        out.push_back({u.file, u.line, Severity::Warning, code::unused_flag,
                       say(format, {{"flag", u.name}, {"hint", did_you_mean_hint(u.name, other)}})});
    }
}

}  // namespace

FlagUses scan_flag_uses(const std::string& source, const std::string& file, int skip_line) {
    return Scan(lua_tokens(source), file, skip_line).run();
}

void check_flag_uses(const Encounter& e, const FlagUses& own, const FlagUses& everyone, Diagnostics& out) {
    check_kind(false, own.flags, own.flags, own.reads_any_flag, e.declares_flags, out);
    check_kind(true, own.story, everyone.story, everyone.reads_any_story, false, out);
    if (!e.declares_flags) return;
    std::vector<std::string> declared;
    for (const auto& [name, note] : e.declared_flags) declared.push_back(name);
    std::set<std::string> used;
    for (const auto& u : own.flags) {
        used.insert(u.name);
        if (e.declared_flags.count(u.name)) continue;
        out.push_back({u.file, u.line, Severity::Error, code::undeclared_flag,
                       say(N_("flag '{flag}' is not declared in this encounter's 'flags'{hint}"),
                           {{"flag", u.name}, {"hint", did_you_mean_hint(u.name, declared)}})});
    }
    for (const auto& name : declared)
        if (!used.count(name) && !own.reads_any_flag)
            out.push_back({e.file, e.spot.field("flags"), Severity::Warning, code::unused_flag,
                           say(N_("flag '{flag}' is declared but never set or read"), {{"flag", name}})});
}

}  // namespace fd
