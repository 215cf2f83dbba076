// Which flags a script sets and reads, from its source text: `flags = { name = ... }`
// and `story = { ... }` set them (in effects tables and in what functions return),
// `s.flags.name` and `s.story.name` read them. Lint checks the names against each
// other (read but never set, set but never read) and against an encounter's
// `flags = { ... }` declaration.
#pragma once
#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "encounter.hpp"

namespace fd {

struct FlagUse {
    std::string name, file;
    int line = 0;
    bool set = false;  // set, else read
};

struct FlagUses {
    std::vector<FlagUse> flags, story;
    // Reads the scan cannot name (a computed key, the table passed on or iterated, a
    // module): then nothing is "never read".
    bool reads_any_flag = false, reads_any_story = false;

    void add(const FlagUses& other);
};

// Scans `source` (the text of `file`); a `flags = {` on `skip_line` (an encounter's
// declaration) sets nothing.
FlagUses scan_flag_uses(const std::string& source, const std::string& file, int skip_line = 0);

// Checks encounter `e`'s own flags (`own`: its file's uses) and the story flags it
// uses against `everyone`'s (every script of the campaign or folder, `own` included).
void check_flag_uses(const Encounter& e, const FlagUses& own, const FlagUses& everyone, Diagnostics& out);

}  // namespace fd
