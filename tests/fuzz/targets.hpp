// The fuzz targets' bodies, shared by the libFuzzer binaries (tests/fuzz/fuzz_*.cpp)
// and by fdtests, which replays every file of tests/fuzz/corpus/<target>/ through them
// so a crash once found stays a regression test in every build.
//
// A target returns normally for any input the engine handles as documented (a script
// error, a damaged save); anything else is a finding: an exception of the wrong kind,
// a broken invariant (reported with __builtin_trap via fdfuzz::check), or a
// sanitizer report.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace fdfuzz {

// Arbitrary bytes as a script file: loaded as an encounter or a campaign, then played.
void script(const std::uint8_t* data, std::size_t size);
// Arbitrary bytes as a save file: parsed, checked, restored into a session and played.
void save(const std::uint8_t* data, std::size_t size);
// The shipped campaign played by the bytes: answers, saving and resuming, resuming
// from a state with mutated fields, jumps and reloads.
void play(const std::uint8_t* data, std::size_t size);
// Pattern functions (find, match, gmatch, gsub) in the sandbox against Lua's own.
void pattern(const std::uint8_t* data, std::size_t size);

// One call of a pattern function in the sandbox and in plain Lua (op: 0 find, 1 plain
// find, 2 match, 3 s:match, 4-7 gsub with a string, a count, a table, a function,
// 8 gmatch, 9 string.rep, which the sandbox also writes anew). True when they agree, or when the sandbox stopped it as over budget (then
// Lua's own matcher might run for hours); otherwise `why` says how they differ.
bool pattern_agrees(int op, const std::string& subject, const std::string& pattern, const std::string& repl, int init,
                    std::string* why);

// The target of that name, or null.
using Target = void (*)(const std::uint8_t*, std::size_t);
Target target(const std::string& name);

}  // namespace fdfuzz
