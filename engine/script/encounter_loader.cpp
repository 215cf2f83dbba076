// Reading an encounter script's table into an Encounter, its functions kept by a ScriptHost.
#include "encounter_loader.hpp"

#include <algorithm>
#include <set>

#include "script_api.hpp"
#include "table_reader.hpp"

namespace fd {

using code::N_;

std::string directory_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    return slash == std::string::npos ? "." : path.substr(0, slash);
}

namespace {

struct Loader {
    lua_State* L;
    ScriptHost& host;
    const std::shared_ptr<LuaSandbox>& sandbox;
    std::string file;
    SourceLines src;
    Diagnostics& out;
    Encounter& e;

    TableReader reader(int index, const Detail& what) {
        return TableReader(L, index, what, file, src, out, constructor_mark(L, index).line);
    }

    void one_of(TableReader& r, const char* field, const std::string& value, const std::vector<std::string>& known,
                const Detail& what) {
        if (value.empty() || std::find(known.begin(), known.end(), value) != known.end()) return;
        std::string kin = &known == &kSectors ? sector_for(value) : std::string();
        r.error(field, code::unknown_value, say(N_("{what}: {problem}"), {{"what", r.what()}, {"problem", unknown_word(what, value, known, kin)}}));
    }

    Effects effects(TableReader& r) {
        Effects fx;
        lua_getfield(L, r.index(), "effects");
        if (lua_isfunction(L, -1)) {
            fx.function = host.keep_function(sandbox, file, r.line_of("effects"));
            return fx;
        }
        if (lua_istable(L, -1)) {
            int base = r.line_of("effects");
            parse_effects(L, -1, fx, [&](const std::string& field, const std::string& code, const Detail& msg) {
                int line = src.field_line(base, field);
                out.push_back({file, line ? line : base, Severity::Error, code, say(N_("{what}: {problem}"), {{"what", r.what()}, {"problem", msg}})});
            });
        } else if (!lua_isnil(L, -1)) {
            r.error("effects", code::wrong_type, say(N_("{what}: 'effects' should be a table or a function"), {{"what", r.what()}}));
        }
        lua_pop(L, 1);
        return fx;
    }

    void customer(TableReader& parent) {
        if (!parent.push("customer", LUA_TTABLE, true)) return;
        TableReader r(L, -1, code_word("customer"), file, src, out, parent.line_of("customer"));
        Customer& c = e.customer;
        c.name = r.text("name", true);
        c.role = r.text("role", true);
        c.life = r.text("life", true);
        c.mood = r.text("mood", true);
        one_of(r, "mood", c.mood, kMoods, code_word("mood"));
        c.trust = static_cast<int>(r.integer("trust", true, 0, 100).value_or(50));
        c.wall = static_cast<int>(r.integer("wall", true, 0, 100).value_or(0));
        c.value = static_cast<int>(r.integer("value", true, 0, 10'000'000).value_or(0));
        r.check_length("life", c.life, 240);
        look(r, c.look);
        r.finish(fields_of("customer"));
        e.customer_spot = r.spot();
        lua_pop(L, 1);
    }

    // `look = { skin = "brown", hair = "grey", ... }`: every word from look_values, glasses a boolean.
    void look(TableReader& parent, Look& l) {
        if (!parent.push("look", LUA_TTABLE, false)) return;
        TableReader r(L, -1, say(N_("customer's look")), file, src, out, parent.line_of("look"));
        auto word = [&](const char* field, std::string& into) {
            into = r.text(field, false);
            one_of(r, field, into, look_values(field), code_word(field));
            const auto& known = look_values(field);
            if (std::find(known.begin(), known.end(), into) == known.end()) into.clear();
        };
        word("skin", l.skin);
        word("hair", l.hair);
        word("hair_style", l.hair_style);
        word("age", l.age);
        word("headwear", l.headwear);
        if (r.push("glasses", LUA_TBOOLEAN, false)) {
            l.glasses = lua_toboolean(L, -1) != 0;
            lua_pop(L, 1);
        }
        r.finish(fields_of("look"));
        lua_pop(L, 1);
    }

    void setting(TableReader& parent) {
        if (!parent.push("setting", LUA_TTABLE, true)) return;
        TableReader r(L, -1, code_word("setting"), file, src, out, parent.line_of("setting"));
        e.sector = r.text("sector", true);
        one_of(r, "sector", e.sector, kSectors, code_word("sector"));
        e.place = r.text("place", true);
        r.finish(fields_of("setting"));
        e.setting_spot = r.spot();
        lua_pop(L, 1);
    }

    void situation(TableReader& r, Beat& b) {
        if (!r.push("situation", LUA_TTABLE, false)) return;
        TableReader s(L, -1, say(N_("situation of '{id}'"), {{"id", b.id}}), file, src, out, r.line_of("situation"));
        for (const auto& key : kSituationKeys) {
            std::string v = s.text(key.c_str(), false);
            if (v.empty()) continue;
            // "unknown level 'hgh'" for the low/medium/high attributes, "unknown fault 'ourz'" for the others.
            bool graded = situation_levels(key) == situation_levels("stress");
            one_of(s, key.c_str(), v, situation_levels(key), graded ? say(N_("level")) : code_word(key));
            b.situation.attributes[key] = v;
        }
        s.finish(kSituationKeys);
        lua_pop(L, 1);
    }

    // `answers_line`: where the list is, for an answer written without answer { } (it has no line of its own).
    void answer(int index, Beat& b, std::set<Mode>& seen, int answers_line) {
        Detail what = say(N_("answer in decision '{id}'"), {{"id", b.id}});
        ConstructorMark mark = constructor_mark(L, index);
        if (mark.kind != "answer")
            out.push_back({file, answers_line, Severity::Error, code::wrong_type,
                           say(N_("{what} should be written answer {{ mode = ..., ... }"), {{"what", what}})});
        TableReader r(L, index, what, file, src, out, mark.line ? mark.line : answers_line);
        Answer a;
        std::string mode = r.text("mode", true);
        auto m = parse_mode(mode);
        if (!m) {
            if (!mode.empty()) {
                std::vector<std::string> names;
                for (Mode x : kAllModes) names.push_back(mode_name(x));
                r.error("mode", code::bad_mode, say(N_("{what}: {problem}"), {{"what", what}, {"problem", unknown_word(code_word("mode"), mode, names)}}));
            }
        } else if (!seen.insert(*m).second) {
            r.error("mode", code::bad_mode, say(N_("decision '{id}' has two answers for mode '{mode}'"), {{"id", b.id}, {"mode", mode}}));
        } else {
            a.mode = *m;
            a.id = b.id + "." + mode;
            what = say(N_("answer '{id}'"), {{"id", a.id}});
        }
        a.says = r.text("says", true);
        a.reaction = r.text("reaction", false);
        a.next = r.text("next", true);
        auto fit = r.integer("fit", false, 1, 5);
        a.fit = static_cast<int>(fit.value_or(0));
        a.why = r.text("why", false);
        if (!r.present("fit"))
            r.error("", code::no_fit_or_why, say(N_("{what} has no 'fit' (1..5): the debrief needs your judgement"), {{"what", what}}));
        if (a.why.empty())
            r.error("", code::no_fit_or_why, say(N_("{what} has no 'why': the debrief needs one sentence of reason"), {{"what", what}}));
        a.effects = effects(r);
        r.check_length("says", a.says, 220);
        r.check_length("reaction", a.reaction, 200);
        r.check_length("why", a.why, 240);
        r.finish(fields_of("answer"));
        a.spot = r.spot();
        if (m) b.answers.push_back(std::move(a));
    }

    void decision(TableReader& r, Beat& b) {
        b.text = r.text("says", true);
        b.prompt = r.text("prompt", false);
        r.check_length("says", b.text, 300);
        r.check_length("prompt", b.prompt, 200);
        situation(r, b);
        if (r.push("answers", LUA_TTABLE, true)) {
            int list = lua_gettop(L);
            std::set<Mode> seen;
            lua_Integer n = luaL_len(L, list);
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L, list, i);
                if (lua_istable(L, -1))
                    answer(lua_gettop(L), b, seen, r.line_of("answers"));
                else
                    r.error("answers", code::wrong_type,
                            say(N_("decision '{id}': answer {number} is not a table"), {{"id", b.id}, {"number", std::to_string(i)}}));
                lua_pop(L, 1);
            }
            for (Mode m : kAllModes)
                if (!seen.count(m))
                    r.error("answers", code::missing_mode,
                            say(N_("decision '{id}' has no answer for mode '{mode}'"), {{"id", b.id}, {"mode", mode_name(m)}}));
            lua_pop(L, 1);
        }
        r.finish(fields_of("decision"));
    }

    void route(TableReader& r, Beat& b) {
        if (r.push("cases", LUA_TTABLE, true)) {
            int list = lua_gettop(L);
            lua_Integer n = luaL_len(L, list);
            int base = r.line_of("cases");
            int search = base;
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L, list, i);
                RouteCase c;
                int line = src.find(search, "when");
                if (line) search = line + 1; else line = base;
                TableReader cr(L, -1, say(N_("case {number} of route '{id}'"), {{"number", std::to_string(i)}, {"id", b.id}}), file, src, out, line);
                if (lua_istable(L, -1)) {
                    c.next = cr.text("next", true);
                    if (cr.push("when", LUA_TFUNCTION, true)) c.condition = host.keep_function(sandbox, file, line);
                    cr.finish(fields_of("case"));
                } else {
                    cr.error("", code::wrong_type,
                             say(N_("{what} should be a table {{ when = function(s) ... end, next = ... }"), {{"what", cr.what()}}));
                }
                c.spot = cr.spot();
                c.spot.fields["next"] = line;
                b.cases.push_back(std::move(c));
                lua_pop(L, 1);
            }
            lua_pop(L, 1);
        }
        b.otherwise = r.text("otherwise", true);
        r.finish(fields_of("route"));
    }

    void beat(int index) {
        ConstructorMark mark = constructor_mark(L, index);
        static const std::vector<std::string> kinds = {"narration", "decision", "route", "ending"};
        auto kind = std::find(kinds.begin(), kinds.end(), mark.kind);
        if (kind == kinds.end()) {
            out.push_back({file, mark.line ? mark.line : e.spot.field("beats"), Severity::Error, code::wrong_type,
                           say(N_("each beat must be written narration {{ }, decision {{ }, route {{ } or ending {{ }"))});
            return;
        }
        Beat b;
        b.kind = static_cast<BeatKind>(kind - kinds.begin());
        TableReader r = reader(index, code_word(*kind));
        b.id = r.text("id", true);
        TableReader named = reader(index, say(N_("{kind} '{id}'"), {{"kind", code_word(*kind)}, {"id", b.id}}));
        named.line_of("id");
        switch (b.kind) {
            case BeatKind::Narration:
            case BeatKind::Ending:
                b.text = named.text("text", true);
                named.check_length("text", b.text, 400);
                b.effects = effects(named);
                if (b.kind == BeatKind::Narration) {
                    b.next = named.text("next", true);
                    named.finish(fields_of("narration"));
                } else {
                    b.outcome = named.text("outcome", true);
                    one_of(named, "outcome", b.outcome, kOutcomes, code_word("outcome"));
                    named.finish(fields_of("ending"));
                }
                break;
            case BeatKind::Decision: decision(named, b); break;
            case BeatKind::Route: route(named, b); break;
        }
        b.spot = named.spot();
        e.beats.push_back(std::move(b));
    }

    void beats(TableReader& r) {
        if (!r.push("beats", LUA_TTABLE, true)) return;
        int list = lua_gettop(L);
        lua_Integer n = luaL_len(L, list);
        for (lua_Integer i = 1; i <= n; ++i) {
            lua_rawgeti(L, list, i);
            if (lua_istable(L, -1)) beat(lua_gettop(L));
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        std::map<std::string, int> first;
        for (const auto& b : e.beats) {
            if (b.id.empty()) continue;
            auto [it, fresh] = first.emplace(b.id, b.spot.field("id"));
            if (!fresh)
                out.push_back({file, b.spot.field("id"), Severity::Error, code::duplicate_id,
                               say(N_("beat id '{id}' is used twice (first at line {line})"), {{"id", b.id}, {"line", std::to_string(it->second)}})});
        }
    }

    // flags = { name = "what it means", ... }: documents this encounter's flags.
    void declared_flags(TableReader& r) {
        if (!r.push("flags", LUA_TTABLE, false)) return;
        r.line_of("flags");
        e.declares_flags = true;
        int t = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, t)) {
            if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
                r.error("flags", code::wrong_type, say(N_("encounter: 'flags' declares each flag as name = \"what it means\"")));
            else
                e.declared_flags[lua_tostring(L, -2)] = lua_tostring(L, -1);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }

    void top() {
        if (constructor_mark(L, -1).kind != "encounter") {
            out.push_back({file, 0, Severity::Error, code::returns_nothing, say(N_("the file must end with: return encounter {{ ... }"))});
            return;
        }
        TableReader r = reader(-1, code_word("encounter"));
        e.id = r.text("id", true);
        e.title = r.text("title", true);
        e.start = r.text("start", true);
        e.currency = currency_field(r);
        setting(r);
        customer(r);
        r.line_of("beats");
        e.spot = r.spot();
        beats(r);
        declared_flags(r);
        r.finish(fields_of("encounter"));
        e.spot = r.spot();
    }
};

}  // namespace

std::string scripts_root_for(const std::string& path) {
    std::string dir = directory_of(path);
    for (std::string d = dir;;) {
        auto slash = d.find_last_of('/');
        std::string last = slash == std::string::npos ? d : d.substr(slash + 1);
        if (last == "scripts") return d;
        if (slash == std::string::npos) break;
        d = d.substr(0, slash);
    }
    return dir;
}

std::shared_ptr<LuaSandbox> run_script(const std::string& path, const std::string& scripts_root,
                                       const SandboxLimits& limits, Diagnostics& out) {
    auto sandbox = std::make_shared<LuaSandbox>(scripts_root, limits);
    register_script_api(*sandbox);
    try {
        sandbox->run_file(path);
        sandbox->freeze_globals();
    } catch (const ScriptError& err) {
        out.push_back({err.file(), err.line(), Severity::Error, code::script_fails, err.message(), err.traceback()});
        return nullptr;
    }
    return sandbox;
}

EncounterLoad read_encounter(ScriptHost& host, const std::shared_ptr<LuaSandbox>& sandbox, const std::string& path) {
    EncounterLoad result;
    auto enc = std::make_shared<Encounter>();
    enc->file = path;
    host.adopt(sandbox);
    lua_State* L = sandbox->L();
    Loader loader{L, host, sandbox, path, SourceLines(path), result.diagnostics, *enc};
    for_each_constructor_line(L, [&](int line) { loader.src.mark_constructor(line); });
    loader.top();
    lua_settop(L, 0);
    if (!enc->start.empty()) check_encounter_graph(*enc, result.diagnostics);
    if (!has_errors(result.diagnostics)) result.encounter = std::move(enc);
    return result;
}

EncounterLoad read_encounter(std::shared_ptr<LuaSandbox> sandbox, const std::string& path) {
    auto host = std::make_shared<ScriptHost>();
    EncounterLoad result = read_encounter(*host, sandbox, path);
    result.host = std::move(host);
    return result;
}

EncounterLoad load_encounter(const std::string& path, const std::string& scripts_root, const SandboxLimits& limits) {
    EncounterLoad result;
    auto sandbox = run_script(path, scripts_root, limits, result.diagnostics);
    if (!sandbox) return result;
    return read_encounter(std::move(sandbox), path);
}

}  // namespace fd
