#include "test_plans.hpp"

#include <algorithm>
#include <filesystem>

#include "autoplay.hpp"
#include "encounter_loader.hpp"
#include "script_api.hpp"
#include "story.hpp"
#include "table_reader.hpp"
#include "story_loader.hpp"
#include "vocabulary.hpp"

namespace fd {

using code::N_;
namespace {

std::optional<Mode> read_mode(TableReader& r, const std::string& field, const std::string& name) {
    auto m = parse_mode(name);
    if (!m) {
        std::vector<std::string> names;
        for (Mode x : kAllModes) names.push_back(mode_name(x));
        r.error(field, code::bad_mode, say(N_("{what}: {problem}"), {{"what", r.what()}, {"problem", unknown_word(code_word("mode"), name, names)}}));
    }
    return m;
}

void read_expect(lua_State* L, TableReader& plan, TestPlan& p, const std::string& file, const SourceLines& src,
                 Diagnostics& out) {
    if (!plan.push("expect", LUA_TTABLE, true)) return;
    TableReader r(L, -1, say(N_("expect of plan '{name}'"), {{"name", p.name}}), file, src, out, plan.line_of("expect"));
    p.expect.ending = r.text("ending", false);
    p.expect.outcome = r.text("outcome", false);
    if (auto v = r.integer("trust_at_least", false, 0, 100)) p.expect.trust_at_least = static_cast<int>(*v);
    if (auto v = r.integer("trust_at_most", false, 0, 100)) p.expect.trust_at_most = static_cast<int>(*v);
    Complaint complain = [&](const std::string& f, const std::string& code, const Detail& m) { r.error(f, code, m); };
    if (r.push("flags", LUA_TTABLE, false)) {
        p.expect.flags = parse_flags(L, -1, "flags", complain);
        lua_pop(L, 1);
    }
    if (r.push("story", LUA_TTABLE, false)) {
        p.expect.story = parse_flags(L, -1, "story", complain);
        lua_pop(L, 1);
    }
    r.finish(fields_of("expect"));
    for (const char* f : {"ending", "outcome", "trust_at_least", "trust_at_most", "flags", "story"}) r.line_of(f);
    p.spot = r.spot();
    lua_pop(L, 1);
}

// A plan's `file` that does not exist is FD023, with the closest script under scripts/.
void check_target(TableReader& r, const std::string& target, const std::string& root) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (target.empty() || fs::is_regular_file(root + "/" + target, ec)) return;
    std::vector<std::string> scripts;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".lua") scripts.push_back(fs::relative(it->path(), root, ec).generic_string());
    std::sort(scripts.begin(), scripts.end());
    std::string guess = closest_name(target, scripts);
    r.error("file", code::bad_plan,
            say(N_("{what}: 'file' names {file}, which is not a script under {folder}{hint}"),
                {{"what", r.what()}, {"file", target}, {"folder", root},
                 {"hint", guess.empty() ? Detail() : say(N_("; did you mean '{name}'?"), {{"name", guess}})}}));
}

TestPlan read_plan(lua_State* L, int index, const std::string& file, const SourceLines& src, Diagnostics& out) {
    TestPlan p;
    p.file = file;
    TableReader r(L, index, code_word("plan"), file, src, out, constructor_mark(L, index).line);
    p.name = r.text("name", true);
    p.target = r.text("file", true);
    check_target(r, p.target, scripts_root_for(file));
    if (r.push("choose", LUA_TTABLE, false)) {
        for (lua_Integer i = 1, n = luaL_len(L, -1); i <= n; ++i) {
            lua_rawgeti(L, -1, i);
            const char* s = lua_tostring(L, -1);
            if (auto m = read_mode(r, "choose", s ? s : "?")) p.choose.push_back(*m);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    std::string always = r.text("always", false);
    if (!always.empty()) p.always = read_mode(r, "always", always);
    if (p.choose.empty() && !p.always) r.error("", code::missing_field, say(N_("plan '{name}' needs 'choose' or 'always'"), {{"name", p.name}}));
    p.seed = static_cast<std::uint64_t>(r.integer("seed", false, 0, 1LL << 53).value_or(1));
    if (r.push("story", LUA_TTABLE, false)) {
        p.story = parse_flags(L, -1, "story", [&](const std::string& f, const std::string& c, const Detail& m) {
            r.error(f, c, m);
        });
        lua_pop(L, 1);
    }
    if (r.push("outcomes", LUA_TTABLE, false)) {
        for (const auto& [k, v] : parse_flags(L, -1, "outcomes", [&](const std::string& f, const std::string& c,
                                                                       const Detail& m) { r.error(f, c, m); })) {
            std::string outcome = flag_to_string(v);
            if (std::find(kOutcomes.begin(), kOutcomes.end(), outcome) == kOutcomes.end())
                r.error("outcomes", code::unknown_value, say(N_("plan '{name}': for '{stage}': {problem}"),
                                                             {{"name", p.name}, {"stage", k}, {"problem", unknown_word(code_word("outcome"), outcome, kOutcomes)}}));
            p.outcomes[k] = outcome;
        }
        lua_pop(L, 1);
    }
    SourceSpot plan_spot = r.spot();
    read_expect(L, r, p, file, src, out);
    p.spot.line = plan_spot.line;
    if (r.present("choose")) p.spot.fields["choose"] = r.line_of("choose");
    r.finish(fields_of("plan"));
    return p;
}

std::string flag_mismatch(const Flags& want, const Flags& have, const char* what) {
    for (const auto& [k, v] : want) {
        auto it = have.find(k);
        if (it == have.end() && !flag_truthy(v)) continue;  // expecting false: absent is fine
        if (it == have.end())
            return std::string(what) + " '" + k + "' is not set (expected " + flag_to_string(v) + ")";
        if (flag_to_string(it->second) != flag_to_string(v))
            return std::string(what) + " '" + k + "' is " + flag_to_string(it->second) + ", expected " + flag_to_string(v);
    }
    return {};
}

}  // namespace

TestPlansLoad read_test_plans(std::shared_ptr<LuaSandbox> sandbox, const std::string& path) {
    TestPlansLoad result;
    lua_State* L = sandbox->L();
    if (constructor_mark(L, -1).kind != "tests") {
        result.diagnostics.push_back({path, 0, Severity::Error, code::returns_nothing,
                                          say(N_("a test file must end with: return tests {{ plan {{ ... }, ... }"))});
        return result;
    }
    SourceLines src(path);
    for_each_constructor_line(L, [&](int line) { src.mark_constructor(line); });
    int list = lua_gettop(L);
    for (lua_Integer i = 1, n = luaL_len(L, list); i <= n; ++i) {
        lua_rawgeti(L, list, i);
        if (constructor_mark(L, -1).kind == "plan") {
            std::size_t known = result.diagnostics.size();
            result.plans.push_back(read_plan(L, lua_gettop(L), path, src, result.diagnostics));
            Diagnostics mine(result.diagnostics.begin() + static_cast<std::ptrdiff_t>(known), result.diagnostics.end());
            result.plans.back().broken = has_errors(mine);
        }
        else
            result.diagnostics.push_back({path, constructor_mark(L, list).line, Severity::Error, code::wrong_type,
                                          say(N_("entry {number} of tests {{ } should be written plan {{ ... }"), {{"number", std::to_string(i)}})});
        lua_pop(L, 1);
    }
    lua_settop(L, 0);
    return result;
}

TestPlansLoad load_test_plans(const std::string& path) {
    TestPlansLoad result;
    auto sandbox = run_script(path, scripts_root_for(path), SandboxLimits{}, result.diagnostics);
    if (!sandbox) return result;
    return read_test_plans(sandbox, path);
}

PlanResult run_plan(const TestPlan& plan, const std::string& scripts_root) {
    PlanResult r;
    r.line = plan.spot.line;
    StoryLoad load = load_story(scripts_root + "/" + plan.target);
    if (!load.story) {
        r.line = plan.spot.line;
        r.message = load.diagnostics.empty() ? "cannot load " + plan.target : load.diagnostics.front().format();
        return r;
    }
    try {
        Session s(load.story, load.host, plan.seed, plan.story, plan.outcomes);
        std::size_t next = 0;
        std::string ran_out;
        bool done = autoplay(s, [&](const Session& at) -> std::optional<Mode> {
            if (plan.always) return plan.always;
            if (next < plan.choose.size()) return plan.choose[next++];
            ran_out = at.state().beat;
            return std::nullopt;
        });
        for (const auto& ev : s.state().log)
            if (const Stage* st = s.story().stage(ev.stage)) r.visited.push_back({st->encounter->file, ev.beat});
        if (!done) {
            r.message = "the answers ran out at decision '" + ran_out + "' (after " + std::to_string(next) + ")";
            return r;
        }
        const SessionState& st = s.state();
        if (!plan.always && next < plan.choose.size()) {
            r.line = plan.spot.field("choose");
            r.message = "'choose' gives " + std::to_string(plan.choose.size()) + " answers but the path uses only " +
                        std::to_string(next) + " (it ends at '" + st.results.back().ending + "'): remove the last " +
                        std::to_string(plan.choose.size() - next) + ", or check an earlier answer [" + code::bad_plan.id + "]";
            return r;
        }
        const StageResult& last = st.results.back();
        auto fail = [&](const std::string& field, const std::string& msg) {
            r.line = plan.spot.field(field);
            r.message = msg;
            return r;
        };
        const TestExpect& e = plan.expect;
        if (!e.ending.empty() && last.ending != e.ending)
            return fail("ending", "expected ending '" + e.ending + "', got '" + last.ending + "'");
        if (!e.outcome.empty() && last.outcome != e.outcome)
            return fail("outcome", "expected outcome '" + e.outcome + "', got '" + last.outcome + "'");
        int trust = last.final.customer.trust;
        if (e.trust_at_least && trust < *e.trust_at_least)
            return fail("trust_at_least", "expected trust at least " + std::to_string(*e.trust_at_least) + ", got " + std::to_string(trust));
        if (e.trust_at_most && trust > *e.trust_at_most)
            return fail("trust_at_most", "expected trust at most " + std::to_string(*e.trust_at_most) + ", got " + std::to_string(trust));
        if (auto m = flag_mismatch(e.flags, st.flags, "flag"); !m.empty()) return fail("flags", m);
        if (auto m = flag_mismatch(e.story, st.story, "story flag"); !m.empty()) return fail("story", m);
        r.passed = true;
    } catch (const ScriptError& err) {
        r.message = std::string("script error: ") + err.what();
    }
    return r;
}

}  // namespace fd
