// Hardening: hostile encounters played through the engine, the bounded pattern
// functions against Lua's own, scripts that change shared library tables, the fuzz
// corpora replayed, and saves killed at random moments.
#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <thread>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "autoplay.hpp"
#include "encounter_loader.hpp"
#include "limits.hpp"
#include "minimal_encounter.hpp"
#include "story_loader.hpp"
#include "lua_sandbox.hpp"
#include "save.hpp"
#include "save_slot.hpp"
#include "save_versions.hpp"
#include "session.hpp"
#include "targets.hpp"
#include "test_support.hpp"

using namespace fd;
using namespace fdtest;
namespace fs = std::filesystem;

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;
long long ms_since(Clock::time_point t0) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
}

// "-- key: value" at the start of a line, or "".
std::string header(const std::string& text, const std::string& key) {
    std::string tag = "-- " + key + ": ";
    for (std::size_t pos = text.find(tag); pos != std::string::npos; pos = text.find(tag, pos + 1)) {
        if (pos != 0 && text[pos - 1] != '\n') continue;
        pos += tag.size();
        return text.substr(pos, text.find('\n', pos) - pos);
    }
    return {};
}

std::vector<std::string> files_in(const std::string& dir) {
    std::vector<std::string> out;
    if (!fs::is_directory(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file()) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

// Hostile encounters: tests/hostile/play_*.lua, with "-- play: MODE" (the one mode
// played), "-- play-expect:", "-- play-line:" and "-- then: MODE" (the mode that
// carries on to an ending afterwards).
struct PlayCase {
    std::string path, expect;
    int line = 0;
    Mode mode = Mode::Collaborate, then = Mode::Accommodate;
};

std::vector<PlayCase> play_corpus() {
    std::vector<PlayCase> cases;
    for (const auto& path : files_in(source_path("tests/hostile"))) {
        std::string text = read_text(path);
        if (header(text, "play").empty()) continue;
        PlayCase c;
        c.path = path;
        c.expect = header(text, "play-expect");
        c.line = std::stoi(header(text, "play-line"));
        c.mode = parse_mode(header(text, "play")).value();
        c.then = parse_mode(header(text, "then")).value();
        cases.push_back(c);
    }
    return cases;
}

}  // namespace

TEST_CASE("every hostile encounter is stopped by its instructions or memory at FILE:LINE, leaves the session unchanged and plays on",
          "[hardening][sandbox]") {
    auto cases = play_corpus();
    REQUIRE(cases.size() >= 20);
    for (const auto& c : cases) {
        SECTION(fs::path(c.path).filename().string()) {
            auto [story, host] = load_ok(c.path);
            Session s(story, host, 1);
            bool contained = false;
            for (int steps = 0; steps < 100 && !s.finished() && !contained; ++steps) {
                nlohmann::json before = state_to_json(s.state());
                try {
                    if (s.at_decision())
                        s.choose(c.mode);
                    else
                        s.proceed();
                } catch (const ScriptError& e) {
                    contained = true;
                    INFO(e.what());
                    CHECK(e.file() == c.path);
                    CHECK(e.line() == c.line);
                    CHECK(contained_as(e.message(), c.expect));
                    CHECK(state_to_json(s.state()) == before);
                }
            }
            REQUIRE(contained);
            // The game carries on: the same story, to an ending.
            Mode then = c.then;
            CHECK(autoplay(s, [then](const Session&) { return then; }));
            CHECK(s.finished());
        }
    }
}

TEST_CASE("a script that changes shared library tables changes nothing for any other script", "[hardening][sandbox]") {
    const char* probe = R"LUA(
        local t = {}
        table.insert(t, "a")
        return table.concat({ t[1], tostring(string.find("abc", "b")), tostring(math.floor(2.5)),
                              tostring(utf8.char(72)), tostring(os.time() > 0), tostring(coroutine.wrap ~= nil),
                              tostring(pcall(function() end)), tostring(secret_global),
                              string.upper("x"), ("y"):upper(), tostring(math.pi > 3.14) }, ",")
    )LUA";
    const std::string clean = "a,2,2,H,true,true,true,nil,X,Y,true";
    Diagnostics diags;
    auto a = run_script(source_path("tests/hostile/global_pollution_a.lua"), source_path("scripts"), {}, diags);
    auto b = run_script(source_path("tests/hostile/library_pollution_b.lua"), source_path("scripts"), {}, diags);
    REQUIRE(a);
    REQUIRE(b);

    SECTION("another script, in its own state") {
        LuaSandbox other(source_path("scripts"));
        other.run_source(probe, "probe.lua");
        CHECK(std::string(lua_tostring(other.L(), -1)) == clean);
    }
    SECTION("another file run in the polluting script's own state") {
        for (auto* sb : {a.get(), b.get()}) {
            sb->run_source(probe, "probe.lua");
            CHECK(std::string(lua_tostring(sb->L(), -1)) == clean);
        }
    }
    SECTION("a module that pollutes, and the file that requires it") {
        std::string root = temp_dir("pollute");
        write_temp_file(root, "helpers/polluter.lua",
                        "string.upper = function() return 'hijacked' end\n"
                        "table.concat = nil\nsecret_global = 'leaked'\nreturn { ok = true }\n");
        write_temp_file(root, "main.lua", std::string("local h = require('helpers.polluter')\n") + probe);
        LuaSandbox sb(root);
        sb.run_file(root + "/main.lua");
        CHECK(std::string(lua_tostring(sb.L(), -1)) == clean);
    }
}

TEST_CASE("binary chunks are refused however they arrive", "[hardening][sandbox]") {
    std::string root = temp_dir("binary");
    write_temp_file(root, "compiled.lua", std::string("\x1bLua\x54\x00\x19\x93\r\n\x1a\n", 12) + "garbage");
    write_temp_file(root, "main.lua", "local x = 1\nreturn require('compiled')\n");
    LuaSandbox sb(root);
    try {
        sb.run_file(root + "/main.lua");
        FAIL("expected a script error");
    } catch (const ScriptError& e) {
        CHECK(e.file() == root + "/main.lua");
        CHECK(e.line() == 2);
        CHECK(e.message().find("binary chunk") != std::string::npos);
    }
    // Nor can a script make one: string.dump is gone, as a function and as a method.
    sb.run_source("return tostring(string.dump) .. tostring(('').dump)", "probe.lua");
    CHECK(std::string(lua_tostring(sb.L(), -1)) == "nilnil");
}

TEST_CASE("a long path is named in full in error messages", "[hardening][sandbox]") {
    std::string dir = temp_dir("a-folder-with-a-long-name-so-that-lua-would-shorten-the-path-in-its-messages");
    std::string path = write_temp_file(dir, "script.lua", "local x = 1\nlocal y = nil + x\n");
    LuaSandbox sb(dir);
    REQUIRE(path.size() > 60);
    try {
        sb.run_file(path);
        FAIL("expected a script error");
    } catch (const ScriptError& e) {
        CHECK(e.file() == path);
        CHECK(e.line() == 2);
    }
}

TEST_CASE("ordinary patterns work exactly as in Lua", "[hardening][patterns]") {
    struct Case {
        int op;
        std::string s, p, r;
        int init;
    };
    const std::vector<Case> cases = {
        {0, "hello world", "o w", "", 1},
        {0, "hello world", "l+", "", 1},
        {0, "hello world", "(o)(r)", "", 1},
        {0, "hello", "", "", 10},
        {0, "hello", "l", "", -2},
        {0, "a.b.c", ".", "", 1},
        {1, "a.b.c", ".", "", 2},
        {1, "a+b", "+", "", 1},
        {0, "THE (quick) fox", "%((%a+)%)", "", 1},
        {0, "THE (quick) fox", "%f[%a]%a+", "", 5},
        {0, "x = [[nested [a] b]] y", "%b[]", "", 1},
        {0, "key=value", "^(%w+)=(%w*)$", "", 1},
        {0, "  trim  ", "^%s*(.-)%s*$", "", 1},
        {0, "abcabc", "(abc)%1", "", 1},
        {0, "2024-06-01", "(%d+)-(%d+)-(%d+)", "", 1},
        {0, "caf\xc3\xa9", "[\x80-\xff]+", "", 1},
        {0, "[x]", "[]]", "", 1},
        {0, "a-b", "[a%-]+", "", 1},
        {0, "abc", "[^b]", "", 2},
        {0, "a\0b", "%z", "", 1},
        {2, "hello world", "()ll()", "", 1},
        {2, "  x  ", "^%s*$", "", 1},
        {2, "name: Ana", "(%a+):%s*(%a+)", "", 1},
        {3, "Trust: 45", "%d+", "", 1},
        {4, "hello world", "o", "0", 1},
        {4, "hello world", "(%w+)", "<%1>", 1},
        {4, "hello world", "%w+", "%0 %0", 1},
        {4, "abc", "", "-", 1},
        {4, "hello", "l*", "X", 1},
        {4, "$100", "%$", "%%", 1},
        {5, "aaaa", "a", "b", 2},
        {6, "a b x 1", "%w", "", 1},
        {7, "one two", "(%w)(%w*)", "", 1},
        {7, "one two", "%w+", "", 1},
        {8, "one two  three", "%a+", "", 1},
        {8, "k1=v1, k2=v2", "(%w+)=(%w+)", "", 1},
        {8, "abc", "", "", 1},
        {8, "abc", "()", "", 2},
        {9, "ab", "", ",", 3},
        {9, "", "", "-", 5},
        {9, "x", "", "", 0},
        {9, "x", "", "", -1},
        {9, "ab", "", ", ", 1},
        {9, "abc", "", "", 5},
        // Errors read the same too.
        {0, "x", "[a", "", 1},
        {0, "x", "%", "", 1},
        {0, "x", "(x", "", 1},
        {0, "x", "x)", "", 1},
        {0, "x", "%1", "", 1},
        {0, "x", "%f", "", 1},
        {0, "x", "%b", "", 1},
        {4, "x", "x", "%2", 1},
        {4, "x", "x", "%", 1},
        {6, "x", "(x)", "", 1},
    };
    for (const auto& c : cases) {
        std::string why;
        bool agrees = fdfuzz::pattern_agrees(c.op, c.s, c.p, c.r, c.init, &why);
        INFO("op " << c.op << " on '" << c.s << "' with '" << c.p << "'\n" << why);
        CHECK(agrees);
    }
}

TEST_CASE("random patterns on random texts agree with Lua's own matcher", "[hardening][patterns]") {
    std::mt19937 rng(7);
    const std::string subject_chars = "aab b(()[]%.-x1\n";
    const std::vector<std::string> atoms = {"a", "b", ".", "%a", "%d", "%s", "%w", "%p", "[ab]", "[^a]", "[%a-]",
                                            "(", ")", "()", "%1", "%b()", "%f[%a]", "x", "-", " ", "%%", "[a-c]"};
    const std::vector<std::string> quantifiers = {"", "", "", "*", "+", "-", "?"};
    int disagreements = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string s, p, r;
        for (int n = rng() % 24; n > 0; --n) s += subject_chars[rng() % subject_chars.size()];
        if (rng() % 4 == 0) p += "^";
        for (int n = 1 + rng() % 5; n > 0; --n) p += atoms[rng() % atoms.size()] + quantifiers[rng() % quantifiers.size()];
        if (rng() % 6 == 0) p += "$";
        for (int n = rng() % 4; n > 0; --n) r += std::string("x%1%0%%")[rng() % 7];
        int op = static_cast<int>(rng() % 10), init = static_cast<int>(rng() % 12) - 4;
        std::string why;
        if (!fdfuzz::pattern_agrees(op, s, p, r, init, &why) && ++disagreements <= 5) {
            INFO("'" << s << "' with '" << p << "', replacement '" << r << "'\n" << why);
            CHECK(false);
        }
    }
    CHECK(disagreements == 0);
}

TEST_CASE("ordinary work on long texts stays within the budget", "[hardening][patterns]") {
    LuaSandbox sb(source_path("scripts"));
    sb.run_source(R"LUA(
        local words = {}
        for i = 1, 20000 do words[i] = "word" .. i end
        local text = table.concat(words, "  \n ")
        local squeezed = text:gsub("%s+", " ")
        local n = 0
        for w in squeezed:gmatch("%a+%d+") do n = n + 1 end
        local a, b = text:find("word19999", 1, true)
        table.sort(words)
        -- A tokenizer: plain finds that walk through the whole text.
        local pos, gaps = 1, 0
        while true do
          local i, j = text:find("  ", pos, true)
          if not i then break end
          gaps, pos = gaps + 1, j + 1
        end
        -- Walking a long UTF-8 text a character at a time.
        local u, at, chars = string.rep("\u{e9}", 20000), 1, 0
        while at <= #u do at, chars = utf8.offset(u, 2, at), chars + 1 end
        -- Appending to, and taking from the end of, a long list.
        local list = {}
        for i = 1, 100000 do table.insert(list, i) end
        for i = 1, 50000 do table.remove(list) end
        return n == 20000 and a ~= nil and gaps == 19999 and chars == 20000 and #list == 50000
           and #string.rep("", math.maxinteger) == 0
    )LUA",
                  "long.lua");
    CHECK(lua_toboolean(sb.L(), -1));
}

TEST_CASE("every fuzz corpus input replays cleanly: what fuzzing found stays fixed", "[hardening][fuzz]") {
    for (const char* name : {"script", "save", "play", "pattern"}) {
        SECTION(name) {
            auto files = files_in(source_path(std::string("tests/fuzz/corpus/") + name));
            if (std::string(name) == "script") {  // tools/fuzz seeds it with the shipped scripts too
                for (const char* dir : {"scripts", "scripts/encounters"})
                    for (const auto& f : files_in(source_path(dir)))
                        if (fs::path(f).extension() == ".lua") files.push_back(f);
            }
            CHECK_FALSE(files.empty());
            fdfuzz::Target target = fdfuzz::target(name);
            REQUIRE(target);
            for (const auto& f : files) {
                INFO(f);
                std::string data = read_text(f);
                target(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
            }
        }
    }
}

namespace {

// Starts the writer; returns once its first save is complete on disk.
pid_t start_writer(const std::string& dir, const char* mode) {
    return spawn_until_ready({FD_SAVE_WRITER, dir, mode});
}

}  // namespace

TEST_CASE("saves killed at random moments are always the whole old or the whole new save", "[hardening][saves]") {
    const std::string versions[2] = {fdcrash::text_of(fdcrash::version(0)), fdcrash::text_of(fdcrash::version(1))};
    auto is_version = [&](const SaveGame& g) {
        std::string t = fdcrash::text_of(g);
        return t == versions[0] || t == versions[1];
    };
    const std::string saved_text = save_to_json(fdcrash::version(1)).dump(1) + "\n";
    std::mt19937 rng(20240601);
    int trials = 0, seen[2] = {0, 0}, cut_short = 0, fell_back = 0;
    auto t0 = Clock::now();
    const char* const modes[3] = {"file", "atomic", "slot"};
    for (int i = 0; i < 210; ++i) {
        const char* mode = modes[i % 3];
        bool slot_mode = i % 3 == 2;
        std::string dir = temp_dir("crash");
        // A slot that already holds a save: the writer's first save keeps it as the backup.
        if (slot_mode) write_file_atomically(dir + "/autosave.json", saved_text);
        pid_t pid = start_writer(dir, mode);
        std::this_thread::sleep_for(std::chrono::microseconds(rng() % 12000));
        REQUIRE(::kill(pid, SIGKILL) == 0);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        REQUIRE(WIFSIGNALED(status));  // killed while it was still saving
        ++trials;
        for (const auto& e : fs::directory_iterator(dir))
            if (e.path().filename().string().find(".tmp") != std::string::npos) ++cut_short;
        INFO("trial " << i << " (" << mode << ")");
        if (!slot_mode) {
            SaveGame g = read_save(dir + "/save.json");  // throws if the save were damaged
            CHECK(is_version(g));
            ++seen[g.player == "New"];
            fs::remove_all(dir);
            continue;
        }
        SaveSlot slot(dir);
        SaveSlot::Loaded loaded = slot.load();
        REQUIRE(loaded.game);
        CHECK(loaded.problem.empty());
        CHECK_FALSE(loaded.from_backup);
        CHECK(is_version(*loaded.game));
        ++seen[loaded.game->player == "New"];
        std::string backup = dir + "/autosave.prev.json";
        REQUIRE(fs::exists(backup));
        CHECK(is_version(read_save(backup)));
        // Now the disk loses the end of the current save: the damage is reported and
        // the previous good save is used.
        if (i % 2 == 0) {
            std::string text = read_text(slot.path());
            write_temp_file(dir, "autosave.json", text.substr(0, text.size() / 2));
            SaveSlot::Loaded again = slot.load();
            REQUIRE(again.game);
            CHECK(again.from_backup);
            CHECK(again.problem.find("damaged") != std::string::npos);
            CHECK(is_version(*again.game));
            ++fell_back;
        }
        fs::remove_all(dir);
    }
    long long elapsed = ms_since(t0);
    INFO(trials << " kills: old save " << seen[0] << " times, new " << seen[1] << ", killed mid-write " << cut_short
                << ", fell back to the previous save " << fell_back << ", " << elapsed << " ms");
    CHECK(trials >= 200);
    CHECK(seen[0] > 0);
    CHECK(seen[1] > 0);
    CHECK(cut_short > 0);
    CHECK(fell_back > 0);
    WARN(trials << " kills: old save " << seen[0] << ", new " << seen[1] << ", killed mid-write " << cut_short
                << ", fell back to the previous save " << fell_back << ", " << elapsed << " ms");
}

TEST_CASE("a session resumed at a route goes on through it instead of getting stuck", "[hardening][saves]") {
    // Found by fuzz_play (tests/fuzz/corpus/play/regression-resumed-at-a-route): a save, or
    // a hot reload that rewrote a decision as a route with the same id, left play resting
    // at a route, where neither choose() nor proceed() could move on.
    auto [story, host] = load_ok(source_path("tests/fixtures/encounters/return_visit.lua"));
    const Beat* route = nullptr;
    for (const auto& b : story->stages.front().encounter->beats)
        if (b.kind == BeatKind::Route && !route) route = &b;
    REQUIRE(route);
    SessionState saved = Session(story, host, 1).state();
    saved.beat = route->id;
    Session resumed(story, host, saved);
    CHECK(resumed.beat().kind != BeatKind::Route);
    CHECK(autoplay(resumed, [](const Session&) { return Mode::Collaborate; }));
}

// ---- failed writes and hostile saves in a bounded child ---------------------------------

namespace {

// Runs `body` in a child process (its exit code is the result) and returns that code,
// or 100 + the signal that killed it. `limit` is applied in the child first.
int in_child(const std::function<void()>& limit, const std::function<int()>& body) {
    std::fflush(nullptr);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        int code = 90;
        try {
            limit();
            code = body();
        } catch (const std::bad_alloc&) {
            code = 91;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "child: %.300s\n", e.what());
            code = 92;
        }
        std::fflush(nullptr);
        ::_exit(code);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

// The address space this process has now, in bytes (VmSize).
std::size_t address_space_now() {
    std::ifstream in("/proc/self/status");
    std::string key;
    std::size_t kb = 0;
    while (in >> key)
        if (key == "VmSize:" && in >> kb) return kb * 1024;
    return 0;
}

// At most `extra` bytes more than the child already has: what the issue allows a hostile input.
std::function<void()> memory_limit(std::size_t extra) {
    return [extra] {
        rlimit r{};
        r.rlim_cur = r.rlim_max = address_space_now() + extra;
        if (::setrlimit(RLIMIT_AS, &r) != 0) ::_exit(93);
    };
}

bool no_temp_files(const std::string& dir) {
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".tmp") != std::string::npos) return false;
    return true;
}

// 0 when `write` throws SaveError containing `expect` and leaves no temporary file in `dir`.
int write_fails_cleanly(const std::string& dir, const std::string& expect, const std::function<void()>& write) {
    try {
        write();
    } catch (const SaveError& e) {
        if (std::string(e.what()).find(expect) == std::string::npos) return 1;
        return no_temp_files(dir) ? 0 : 2;
    }
    return 3;
}

constexpr std::size_t kHostileMemory = 300u * 1024u * 1024u;

}  // namespace

TEST_CASE("a save over the file-size limit is an error, never a kill, and leaves no temporary file",
          "[hardening][saves]") {
    std::string dir = temp_dir("fsize");
    const std::string big(256 * 1024, 'x');
    auto small_files = [] {
        rlimit r{};
        r.rlim_cur = r.rlim_max = 64 * 1024;
        if (::setrlimit(RLIMIT_FSIZE, &r) != 0) ::_exit(93);
    };
    // Without the engine ignoring SIGXFSZ the child would die of it (100 + 25).
    CHECK(in_child(small_files, [&] {
              return write_fails_cleanly(dir, "File too large",
                                         [&] { write_file_atomically(dir + "/save.json", big); });
          }) == 0);
    SaveGame g = fdcrash::version(1);  // a long log: far over 64 KB
    CHECK(in_child(small_files, [&] {
              SaveSlot slot(dir);
              return write_fails_cleanly(dir, "File too large", [&] { slot.write(g); });
          }) == 0);
    CHECK_FALSE(fs::exists(dir + "/save.json"));
    CHECK(no_temp_files(dir));
}

TEST_CASE("a save into a folder that refuses writing is an error naming the save", "[hardening][saves]") {
    std::string dir = temp_dir("readonly");
    write_file_atomically(dir + "/keep.json", "old");
    fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                             fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    // root may write anywhere: the child gives that up first.
    auto not_root = [] {
        if (::geteuid() == 0 && ::setuid(65534) != 0) ::_exit(94);
    };
    CHECK(in_child(not_root, [&] {
              return write_fails_cleanly(dir, dir + "/keep.json",
                                         [&] { write_file_atomically(dir + "/keep.json", "new"); });
          }) == 0);
    fs::permissions(dir, fs::perms::owner_all);
    CHECK(read_text(dir + "/keep.json") == "old");
    CHECK(no_temp_files(dir));
}

TEST_CASE("hostile saves are refused within 300 MB of memory with a message naming the file", "[hardening][saves]") {
    std::string dir = temp_dir("hostile-saves");
    const std::size_t cap = kSaveSizeLimit.max;
    // Each file is as large as the limit allows (or larger): the worst that gets parsed.
    std::string valid = save_to_json(fdcrash::version(1)).dump(1);
    std::string long_name = valid;
    long_name.replace(long_name.find("\"player\": \""), 11, "\"player\": \"" + std::string(cap - valid.size() - 64, 'n'));
    struct Case {
        std::string name, text, expect;
    };
    const std::vector<Case> cases = {
        {"player.json", long_name, "player name length"},
        {"cut.json", "{\"format\": \"frontdoor-save\", \"x\": \"" + std::string(cap - 64, 's'), "cut short"},
        {"broken.json", "{\"format\": \"frontdoor-save\", \"x\": [" + [&] {
             std::string s;
             while (s.size() < cap - 64) s += "1,";
             return s;
         }() + "}", "not valid JSON"},
        {"overflow.json", "{\"format\": \"frontdoor-save\", \"x\": " + std::string(cap - 64, '9') + "}", "out of range"},
        {"nested.json", std::string(cap - 1, '['), "nested"},
        {"numbers.json", "[" + [&] {
             std::string s;
             while (s.size() < cap - 16) s += "0,";
             return s;
         }() + "0]", "not a Front Door save"},
        {"keys.json", "{" + [&] {
             std::string s;
             for (int i = 0; s.size() < cap - 32; ++i) s += "\"" + std::to_string(i) + "\":0,";
             return s;
         }() + "\"z\":0}", "not a Front Door save"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        REQUIRE(c.text.size() <= cap);
        std::string path = write_temp_file(dir, c.name, c.text);
        CHECK(in_child(memory_limit(kHostileMemory), [&] {
                  try {
                      read_save(path);
                  } catch (const SaveError& e) {
                      std::string m = e.what();
                      return m.find(path) != std::string::npos && m.find(c.expect) != std::string::npos && m.size() < 400
                                 ? 0 : 1;
                  }
                  return 2;
              }) == 0);
    }
}
