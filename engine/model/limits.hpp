// The hard limits on what scripts and saves may hand the engine. Each is checked
// where the value enters (the script loader, an effects function's result, a save
// being read), never later when it is drawn or written; exceeding one is an error
// that names the limit. The shipped scripts stay far inside every one of them.
#pragma once
#include <cstddef>
#include <string>

namespace fd {

struct Limit {
    const char* name;  // as messages name it: "text length"
    std::size_t max;
    const char* unit;  // "characters", "flags", "bytes"
};

// Any text a script gives: narration, what the customer says, answers, reactions,
// why, titles, ids. The longest shipped text is 249 characters.
inline constexpr Limit kTextLimit{"text length", 4000, "characters"};
// A flag's name (the longest shipped one is 21 characters) and a flag's text value.
inline constexpr Limit kFlagNameLimit{"flag name length", 100, "characters"};
inline constexpr Limit kFlagTextLimit{"flag text length", 1000, "characters"};
// Flags in one table: this encounter's flags, or the campaign's story flags.
inline constexpr Limit kFlagCountLimit{"number of flags", 200, "flags"};
// A mood ("neutral", "delighted", ...).
inline constexpr Limit kMoodLimit{"mood length", 32, "characters"};
// The name the player gives.
inline constexpr Limit kPlayerNameLimit{"player name length", 100, "characters"};
// Entries in a save's log and its list of finished encounters.
inline constexpr Limit kLogLimit{"log length", 20000, "entries"};
// A save as written, and the most of a save file that is ever read (checked before parsing).
inline constexpr Limit kSaveSizeLimit{"save size", 8u * 1024u * 1024u, "bytes"};
// A script file the sandbox loads (and the loader reads again for line numbers).
inline constexpr Limit kScriptFileLimit{"script file size", 8u * 1024u * 1024u, "bytes"};

// "text length is 30000 characters, over the limit of 4000": what every limit error says.
inline std::string over_limit(const Limit& l, std::size_t actual) {
    return std::string(l.name) + " is " + std::to_string(actual) + " " + l.unit + ", over the limit of " +
           std::to_string(l.max);
}

// At most `max` bytes of `s`, cut at a character boundary (UTF-8), with "..." when cut:
// a name quoted in a message stays readable however long the original was.
inline std::string clipped(const std::string& s, std::size_t max = 40) {
    if (s.size() <= max) return s;
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end) + "...";
}

}  // namespace fd
