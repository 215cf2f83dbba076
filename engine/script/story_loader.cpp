// Reading a campaign (or a lone encounter) into a Story and the ScriptHost of its scripts.
#include "story_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "encounter_loader.hpp"
#include "script_api.hpp"
#include "table_reader.hpp"
#include "vocabulary.hpp"

namespace fd {

using code::N_;

namespace {

Stage read_stage(ScriptHost& host, const std::shared_ptr<LuaSandbox>& sandbox, int index, const std::string& file,
                 const SourceLines& src, Diagnostics& out) {
    lua_State* L = sandbox->L();
    Stage st;
    TableReader r(L, index, code_word("stage"), file, src, out, constructor_mark(L, index).line);
    st.id = r.text("id", true);
    st.file = r.text("file", true);
    lua_getfield(L, index, "next");
    if (lua_isfunction(L, -1)) {
        st.next_function = host.keep_function(sandbox, file, r.line_of("next"));
    } else {
        if (lua_type(L, -1) == LUA_TSTRING)
            st.next = lua_tostring(L, -1);
        else if (!lua_isnil(L, -1))
            r.error("next", code::wrong_type, say(N_("stage '{id}': 'next' should be a stage id or a function"), {{"id", st.id}}));
        lua_pop(L, 1);
    }
    r.line_of("next");
    r.finish(fields_of("stage"));
    st.spot = r.spot();
    return st;
}

// FD016 at the stage's `file` line when its file does not exist, naming the closest
// .lua file beside where it was looked for. True when the file is missing.
bool report_missing_file(const Story& story, const Stage& st, const std::string& path, Diagnostics& out) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(path, ec)) return false;
    std::string folder = directory_of(st.file);  // as the campaign wrote it, relative to the campaign
    std::string prefix = st.file.find('/') == std::string::npos ? "" : folder + "/";
    std::vector<std::string> near;
    for (fs::directory_iterator it(fs::path(directory_of(path)), ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".lua") near.push_back(prefix + it->path().filename().string());
    std::sort(near.begin(), near.end());
    std::string guess = closest_name(st.file, near);
    out.push_back({story.file, st.spot.field("file"), Severity::Error, code::unknown_stage,
                   say(N_("stage '{id}': file '{file}' does not exist{hint}"),
                       {{"id", st.id}, {"file", st.file}, {"hint", guess.empty() ? Detail() : say(N_("; did you mean '{name}'?"), {{"name", guess}})}})});
    return true;
}

void read_campaign(Story& story, ScriptHost& host, const std::shared_ptr<LuaSandbox>& sandbox, const SandboxLimits& limits,
                   Diagnostics& out) {
    lua_State* L = sandbox->L();
    SourceLines src(story.file);
    for_each_constructor_line(L, [&](int line) { src.mark_constructor(line); });
    TableReader r(L, -1, code_word("campaign"), story.file, src, out, constructor_mark(L, -1).line);
    story.id = r.text("id", true);
    story.title = r.text("title", true);
    story.start = r.text("start", true);
    story.currency = currency_field(r);
    if (r.push("stages", LUA_TTABLE, true)) {
        int list = lua_gettop(L);
        for (lua_Integer i = 1, n = luaL_len(L, list); i <= n; ++i) {
            lua_rawgeti(L, list, i);
            if (lua_istable(L, -1)) story.stages.push_back(read_stage(host, sandbox, lua_gettop(L), story.file, src, out));
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    r.finish(fields_of("campaign"));
    story.spot = r.spot();

    std::vector<std::string> ids;
    for (const auto& s : story.stages) ids.push_back(s.id);
    std::set<std::string> seen;
    auto check_target = [&](const std::string& target, int line, const Detail& what) {
        if (target.empty() || story.stage(target)) return;
        out.push_back({story.file, line, Severity::Error, code::unknown_stage,
                       say(N_("{what} names stage '{target}', which is not in this campaign{hint}"),
                           {{"what", what}, {"target", target}, {"hint", did_you_mean_hint(target, ids)}})});
    };
    check_target(story.start, r.line_of("start"), say(N_("the campaign's start")));
    std::string root = scripts_root_for(story.file);
    for (auto& st : story.stages) {
        if (!seen.insert(st.id).second)
            out.push_back({story.file, st.spot.field("id"), Severity::Error, code::duplicate_id,
                          say(N_("stage id '{id}' is used twice"), {{"id", st.id}})});
        check_target(st.next, st.spot.field("next"), say(N_("{kind} '{id}'"), {{"kind", code_word("stage")}, {"id", st.id}}));
        if (st.file.empty()) continue;
        std::string path = directory_of(story.file) + "/" + st.file;
        if (report_missing_file(story, st, path, out)) continue;
        EncounterLoad load;
        if (auto encounter_sandbox = run_script(path, root, limits, load.diagnostics))
            load = read_encounter(host, encounter_sandbox, path);
        out.insert(out.end(), load.diagnostics.begin(), load.diagnostics.end());
        if (!load.encounter && load.diagnostics.empty())
            out.push_back({story.file, st.spot.field("file"), Severity::Error, code::unknown_stage, say(N_("cannot load '{file}'"), {{"file", path}})});
        st.encounter = load.encounter;
    }
}

}  // namespace

StoryLoad load_story(const std::string& path, const SandboxLimits& limits) {
    StoryLoad result;
    auto sandbox = run_script(path, scripts_root_for(path), limits, result.diagnostics);
    if (!sandbox) return result;
    auto story = std::make_shared<Story>();
    auto host = std::make_shared<ScriptHost>();
    host->adopt(sandbox);
    story->file = path;
    std::string kind = constructor_mark(sandbox->L(), -1).kind;
    if (kind == "campaign") {
        story->is_campaign = true;
        read_campaign(*story, *host, sandbox, limits, result.diagnostics);
        lua_settop(sandbox->L(), 0);
    } else {
        EncounterLoad load = read_encounter(*host, sandbox, path);
        result.diagnostics = load.diagnostics;
        if (load.encounter) {
            Stage st;
            st.id = load.encounter->id;
            st.file = path;
            st.encounter = load.encounter;
            story->id = st.id;
            story->title = load.encounter->title;
            story->start = st.id;
            story->stages.push_back(std::move(st));
        }
    }
    if (!has_errors(result.diagnostics)) {
        result.story = std::move(story);
        result.host = std::move(host);
    }
    return result;
}

}  // namespace fd
