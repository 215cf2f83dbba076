#include "targets.hpp"

#include <chrono>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "lua_sandbox.hpp"
#include "save.hpp"
#include "session.hpp"
#include "story.hpp"
#include "story_loader.hpp"

namespace fdfuzz {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// A broken invariant: crash so the fuzzer keeps the input (and the replay test fails).
void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fdfuzz: invariant broken: %s\n", what);
        __builtin_trap();
    }
}

// Reads the input a byte at a time; zeros once it runs out.
struct Bytes {
    const std::uint8_t* p;
    std::size_t n;
    bool empty() const { return n == 0; }
    std::uint8_t u8() {
        if (n == 0) return 0;
        --n;
        return *p++;
    }
    std::uint64_t u64() {
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i) v = v << 8 | u8();
        return v;
    }
};

std::uint64_t hash(const std::uint8_t* data, std::size_t size) {
    std::uint64_t h = 1469598103934665603ull;
    for (std::size_t i = 0; i < size; ++i) h = (h ^ data[i]) * 1099511628211ull;
    return h;
}

std::string temp_dir(const char* tag) {
    fs::path p = fs::temp_directory_path() / ("fdfuzz-" + std::string(tag) + "-" + std::to_string(::getpid()));
    fs::create_directories(p);
    return p.string();
}

fd::SandboxLimits small_limits() {
    fd::SandboxLimits l;
    l.instructions = 1'000'000;
    l.memory_bytes = 16u << 20;
    return l;
}

const fd::StoryLoad& campaign() {
    static const fd::StoryLoad load = [] {
        fd::StoryLoad l = fd::load_story(std::string(FD_SOURCE_DIR) + "/scripts/campaign.lua");
        check(l.story != nullptr, "the shipped campaign loads");
        return l;
    }();
    return load;
}

// The shipped campaign's Lua states live across inputs. Collecting their garbage after
// each input keeps allocations and frees balanced, so libFuzzer's leak check (which runs
// whenever they differ) stays rare and fast.
void collect_garbage(fd::ScriptHost& host) { host.collect_garbage(); }

void check_state(const fd::SessionState& s) {
    check(s.customer.trust >= 0 && s.customer.trust <= 100, "trust stays in 0..100");
    check(s.customer.wall >= 0 && s.customer.wall <= 100, "the wall stays in 0..100");
}

// One move: the answer at a decision, else carry on. A script error must leave the
// session exactly as it was.
void step(fd::Session& s, fd::Mode m) {
    if (s.finished()) return;
    fd::SessionState before = s.state();
    try {
        if (s.at_decision())
            s.choose(m);
        else
            s.proceed();
    } catch (const fd::ScriptError&) {
        check(fd::state_to_json(s.state()) == fd::state_to_json(before), "a script error leaves the session unchanged");
    }
    check_state(s.state());
}

void play_on(fd::Session& s, Bytes& in, int max_steps) {
    for (int i = 0; i < max_steps && !s.finished(); ++i) step(s, fd::kAllModes[in.u8() % 5]);
}

// ---- mutated saved states -----------------------------------------------------------

json some_value(Bytes& in, const fd::Story& story) {
    switch (in.u8() % 16) {
        case 0: return static_cast<int>(in.u8()) - 20;
        case 1: return 2147483647;
        case 2: return -2147483647 - 1;
        case 3: return 9223372036854775807ll;
        case 4: return -9223372036854775807ll - 1;
        case 5: return 18446744073709551615ull;
        case 6: return 1e300;
        case 7: return -0.5;
        case 8: return in.u8() % 2 == 0;
        case 9: return nullptr;
        case 10: return json::array({1, "x"});
        case 11: return json::object({{"k", 1}});
        case 12: {
            const auto& st = story.stages[in.u8() % story.stages.size()];
            return st.id;
        }
        case 13: {
            const auto& st = story.stages[in.u8() % story.stages.size()];
            const auto& beats = st.encounter->beats;
            return beats[in.u8() % beats.size()].id;
        }
        case 14: return std::string(in.u8() % 8, static_cast<char>('a' + in.u8() % 26));
        default: return static_cast<int>(in.u8()) * 1000;
    }
}

void mutate(json& j, Bytes& in, const fd::Story& story) {
    static const char* const paths[] = {
        "/stage", "/beat", "/customer/trust", "/customer/wall", "/customer/mood", "/business/money",
        "/business/reputation", "/totals/money", "/totals/reputation", "/rng", "/finished", "/flags/x",
        "/story/marisol_fan", "/story/public_post", "/outcomes/wrong_size", "/flags", "/story", "/outcomes",
        "/customer", "/results", "/log"};
    int n = 1 + in.u8() % 3;
    for (int i = 0; i < n; ++i) {
        const char* path = paths[in.u8() % (sizeof(paths) / sizeof(paths[0]))];
        json::json_pointer ptr(path);
        json::json_pointer parent = ptr.parent_pointer();
        if (!j.contains(parent) || !j.at(parent).is_object()) continue;  // an earlier mutation replaced it
        std::uint8_t how = in.u8() % 4;
        if (how == 0 && j.contains(ptr)) {
            j.at(parent).erase(ptr.back());
        } else if (how == 1 && (std::string(path) == "/log" || std::string(path) == "/results") && j[ptr].is_array() &&
                   !j[ptr].empty()) {
            j[ptr].erase(j[ptr].begin() + static_cast<long>(in.u8() % j[ptr].size()));
        } else if (how == 2 && std::string(path) == "/log" && j[ptr].is_array() && !j[ptr].empty()) {
            json& e = j[ptr][in.u8() % j[ptr].size()];
            static const char* const fields[] = {"kind", "stage", "beat", "mode", "fit", "best_fit", "outcome",
                                                 "before", "after"};
            e[fields[in.u8() % 9]] = some_value(in, story);
        } else {
            j[ptr] = some_value(in, story);
        }
    }
}

// ---- patterns ---------------------------------------------------------------------

// The result of calling one string function: its values, or its error message.
struct Outcome {
    bool ok = false;
    bool over_budget = false;
    std::vector<std::string> values;
    std::string error;
    bool operator==(const Outcome& o) const { return ok == o.ok && values == o.values && error == o.error; }
};

std::string describe(lua_State* L, int i) {
    switch (lua_type(L, i)) {
        case LUA_TNIL: return "nil";
        case LUA_TBOOLEAN: return lua_toboolean(L, i) ? "true" : "false";
        case LUA_TNUMBER:
            return lua_isinteger(L, i) ? "i" + std::to_string(lua_tointeger(L, i))
                                       : "n" + std::to_string(lua_tonumber(L, i));
        case LUA_TSTRING: {
            std::size_t len = 0;
            const char* s = lua_tolstring(L, i, &len);
            return "s" + std::string(s, len);
        }
        default: return luaL_typename(L, i);
    }
}

// Pushes: the function to call (a Lua driver taking op, subject, pattern, repl, init).
const char* const kDriver = R"LUA(
local op, s, p, r, init = ...
local string = string
if op == 0 then return string.find(s, p, init)
elseif op == 1 then return string.find(s, p, init, true)
elseif op == 2 then return string.match(s, p, init)
elseif op == 3 then return s:match(p)
elseif op == 4 then return string.gsub(s, p, r)
elseif op == 5 then return string.gsub(s, p, r, init % 4)
elseif op == 6 then return string.gsub(s, p, { a = "<A>", b = false, ["1"] = 7, x = "%1" })
elseif op == 7 then
  return string.gsub(s, p, function(...) local n = select("#", ...) if n > 1 then return n end return (...) end)
elseif op == 9 then return string.rep(s, init % 6, r), s:rep(init % 3)
else
  local out, n = {}, 0
  for a, b, c in string.gmatch(s, p, init) do
    n = n + 1
    out[#out + 1] = tostring(a) .. "|" .. tostring(b) .. "|" .. tostring(c)
    if n > 40 then break end
  end
  return table.concat(out, ";"), n
end
)LUA";

void push_args(lua_State* L, int op, const std::string& s, const std::string& p, const std::string& r, int init) {
    lua_pushinteger(L, op);
    lua_pushlstring(L, s.data(), s.size());
    lua_pushlstring(L, p.data(), p.size());
    lua_pushlstring(L, r.data(), r.size());
    lua_pushinteger(L, init);
}

Outcome collect(lua_State* L, int base) {
    Outcome o;
    o.ok = true;
    for (int i = base; i <= lua_gettop(L); ++i) o.values.push_back(describe(L, i));
    lua_settop(L, base - 1);
    return o;
}

Outcome run_sandboxed(fd::LuaSandbox& sb, int op, const std::string& s, const std::string& p, const std::string& r,
                      int init) {
    lua_State* L = sb.L();
    int base = lua_gettop(L) + 1;
    lua_getfield(L, LUA_REGISTRYINDEX, "fdfuzz.driver");
    push_args(L, op, s, p, r, init);
    try {
        sb.call(5, LUA_MULTRET);
    } catch (const fd::ScriptError& e) {
        lua_settop(L, base - 1);
        Outcome o;
        o.error = e.message();
        o.over_budget = e.message().find("past its budget") != std::string::npos ||
                        e.message().find("backstop") != std::string::npos ||
                        e.message().find("MB of memory") != std::string::npos ||
                        e.message().find("million instructions") != std::string::npos;
        return o;
    }
    return collect(L, base);
}

Outcome run_plain(lua_State* L, int op, const std::string& s, const std::string& p, const std::string& r, int init) {
    int base = lua_gettop(L) + 1;
    lua_getfield(L, LUA_REGISTRYINDEX, "fdfuzz.driver");
    push_args(L, op, s, p, r, init);
    if (lua_pcall(L, 5, LUA_MULTRET, 0) != LUA_OK) {
        Outcome o;
        o.error = lua_tostring(L, -1) ? lua_tostring(L, -1) : "?";
        lua_settop(L, base - 1);
        // The sandbox splits "driver:LINE: message" into a ScriptError; compare the messages.
        if (o.error.rfind("driver:", 0) == 0) {
            auto colon = o.error.find(": ");
            if (colon != std::string::npos) o.error = o.error.substr(colon + 2);
        }
        return o;
    }
    return collect(L, base);
}

struct PatternStates {
    fd::LuaSandbox sandbox{std::string(FD_SOURCE_DIR) + "/scripts", [] {
                               fd::SandboxLimits l;
                               l.instructions = 200'000;
                               l.memory_bytes = 16u << 20;
                               return l;
                           }()};
    lua_State* plain = luaL_newstate();
    PatternStates() {
        luaL_openlibs(plain);
        check(luaL_loadbufferx(plain, kDriver, std::strlen(kDriver), "=driver", "t") == LUA_OK, "driver loads");
        lua_setfield(plain, LUA_REGISTRYINDEX, "fdfuzz.driver");
        // In the sandbox the driver runs in a script environment, with the sandbox's string library.
        lua_State* L = sandbox.L();
        check(luaL_loadbufferx(L, kDriver, std::strlen(kDriver), "=driver", "t") == LUA_OK, "driver loads");
        sandbox.push_new_environment();
        lua_setupvalue(L, -2, 1);
        lua_setfield(L, LUA_REGISTRYINDEX, "fdfuzz.driver");
    }
    ~PatternStates() { lua_close(plain); }
};

}  // namespace

void script(const std::uint8_t* data, std::size_t size) {
    static const std::string dir = temp_dir("script");
    std::string path = dir + "/fuzz.lua";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    fd::StoryLoad load = fd::load_story(path, small_limits());
    for (const auto& d : load.diagnostics) check(!d.file.empty(), "every diagnostic names a file");
    if (!load.story) return;
    check(!load.story->stages.empty(), "a loaded story has a stage");
    std::uint64_t h = hash(data, size);
    std::unique_ptr<fd::Session> s;
    try {
        s = std::make_unique<fd::Session>(load.story, load.host, h);
    } catch (const fd::ScriptError&) {
        return;
    }
    for (int i = 0; i < 200 && !s->finished(); ++i, h = h * 6364136223846793005ull + 1442695040888963407ull)
        step(*s, fd::kAllModes[(h >> 33) % 5]);
}

void save(const std::uint8_t* data, std::size_t size) {
    json j = json::parse(data, data + size, nullptr, false);
    if (j.is_discarded()) return;
    fd::SaveGame g;
    try {
        g = fd::save_from_json(j);
    } catch (const fd::SaveError&) {
        return;
    }
    // What loads writes back to the same thing, and loads again.
    json again = fd::save_to_json(g);
    fd::SaveGame g2 = fd::save_from_json(json::parse(again.dump()));
    check(fd::save_to_json(g2) == again, "a loaded save round-trips");
    // And resumes against the shipped campaign, whatever stage and beat it names.
    std::unique_ptr<fd::Session> s;
    try {
        s = std::make_unique<fd::Session>(campaign().story, campaign().host, g.state);
    } catch (const fd::ScriptError&) {
        return;
    }
    Bytes in{data, size};
    play_on(*s, in, 40);
    s.reset();
    collect_garbage(*campaign().host);
}

void play(const std::uint8_t* data, std::size_t size) {
    auto story = campaign().story;
    auto host = campaign().host;
    Bytes in{data, size};
    std::uint64_t seed = in.u8();
    fd::Session s(story, host, seed);
    for (int ops = 0; !in.empty() && ops < 400; ++ops) {
        std::uint8_t op = in.u8();
        if (op < 200) {  // mostly: play
            step(s, fd::kAllModes[op % 5]);
            continue;
        }
        switch (op % 4) {
            case 0: {  // save and resume through text
                json text = fd::save_to_json({"scripts/campaign.lua", "fuzz", seed, s.state()});
                fd::SaveGame g = fd::save_from_json(json::parse(text.dump(1)));
                check(fd::state_to_json(g.state) == fd::state_to_json(s.state()), "save and load keep the state");
                s = fd::Session(story, host, g.state);
                check(fd::state_to_json(s.state()) == fd::state_to_json(g.state), "resuming keeps the state");
                break;
            }
            case 1: {  // resume from a saved state with mutated fields
                json j = fd::state_to_json(s.state());
                mutate(j, in, *story);
                try {
                    fd::SessionState st = fd::state_from_json(j);
                    fd::Session r(story, host, st);
                    check_state(r.state());
                    play_on(r, in, 20);
                    s = std::move(r);
                } catch (const fd::SaveError&) {
                } catch (const fd::ScriptError&) {
                }
                break;
            }
            case 2: {  // a designer's jump to any beat of this encounter
                if (s.finished()) break;
                const auto& beats = s.encounter().beats;
                try {
                    s.jump_to(beats[in.u8() % beats.size()].id);
                } catch (const fd::ScriptError&) {
                }
                break;
            }
            default:  // hot reload with the same story
                s.replace_story(story, host);
                break;
        }
        check_state(s.state());
    }
    collect_garbage(*host);
}

void pattern(const std::uint8_t* data, std::size_t size) {
    Bytes in{data, size};
    int op = in.u8() % 10;
    int init = static_cast<int>(static_cast<std::int8_t>(in.u8())) % 40;
    // The rest: subject, pattern and replacement separated by '\xff'.
    std::string parts[3];
    int part = 0;
    while (!in.empty() && part < 3) {
        std::uint8_t c = in.u8();
        if (c == 0xff)
            ++part;
        else
            parts[part] += static_cast<char>(c);
    }
    if (parts[0].size() > 4096 || parts[1].size() > 256) return;
    std::string why;
    if (!pattern_agrees(op, parts[0], parts[1], parts[2], init, &why)) std::fprintf(stderr, "%s", why.c_str());
    check(why.empty(), "the sandbox's pattern functions agree with Lua's");
}

bool pattern_agrees(int op, const std::string& subject, const std::string& pattern, const std::string& repl, int init,
                    std::string* why) {
    static PatternStates states;
    Outcome mine = run_sandboxed(states.sandbox, op, subject, pattern, repl, init);
    if (mine.over_budget) return true;  // Lua's own matcher could run for hours here
    Outcome theirs = run_plain(states.plain, op, subject, pattern, repl, init);
    if (mine == theirs) return true;
    std::string text = "op " + std::to_string(op) + " init " + std::to_string(init) + "\nsandbox: " +
                       (mine.ok ? std::string("ok") : mine.error);
    for (auto& v : mine.values) text += " [" + v + "]";
    text += "\nlua:     " + (theirs.ok ? std::string("ok") : theirs.error);
    for (auto& v : theirs.values) text += " [" + v + "]";
    *why = text + "\n";
    return false;
}

Target target(const std::string& name) {
    if (name == "script") return script;
    if (name == "save") return save;
    if (name == "play") return play;
    if (name == "pattern") return pattern;
    return nullptr;
}

}  // namespace fdfuzz
