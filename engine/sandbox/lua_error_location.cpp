// Locations of script errors from the engine's own knowledge (see the header).
#include "lua_error_location.hpp"

#include <algorithm>

#include "lua_sandbox.hpp"

namespace fd::detail {
namespace {

// How many frames a claimed location is checked against; error(msg, level) with a
// deeper level is reported at the innermost frame instead.
constexpr int kVerifiedLevels = 32;

// The file a function comes from, in full (short_src cuts long paths to "...tail").
std::string source_name(const lua_Debug& ar) {
    if (ar.source && ar.source[0] == '@') return ar.source + 1;
    return ar.short_src;
}

// Lua's messages show a long chunk name as "...tail": does `shown` name the chunk `full`?
bool names_chunk(const std::string& shown, const std::string& full) {
    if (shown == full) return true;
    if (shown.compare(0, 3, "...") != 0) return false;
    std::size_t tail = shown.size() - 3;
    return full.size() >= tail && full.compare(full.size() - tail, tail, shown, 3, tail) == 0;
}

// Splits "name:LINE: message" (the first such prefix; at most 9 digits, so it fits
// an int) into the name as Lua showed it, the line and the message after it.
std::optional<LocatedMessage> split_prefix(const std::string& text) {
    std::size_t pos = 0;
    while ((pos = text.find(':', pos)) != std::string::npos) {
        std::size_t d = pos + 1;
        while (d < text.size() && text[d] >= '0' && text[d] <= '9') ++d;
        if (d > pos + 1 && d - pos - 1 <= 9 && d < text.size() && text[d] == ':') {
            std::size_t m = d + 1;
            while (m < text.size() && text[m] == ' ') ++m;
            return LocatedMessage{{text.substr(0, pos), std::stoi(text.substr(pos + 1, d - pos - 1))}, text.substr(m)};
        }
        ++pos;
    }
    return std::nullopt;
}

}  // namespace

ScriptLocation innermost_frame(lua_State* L, int first_level) {
    lua_Debug ar;
    for (int level = first_level; lua_getstack(L, level, &ar); ++level) {
        if (!lua_getinfo(L, "Sl", &ar)) continue;
        if (ar.currentline > 0) return {source_name(ar), ar.currentline};
    }
    return {};
}

std::optional<LocatedMessage> stack_verified_location(lua_State* L, const std::string& msg, int first_level) {
    auto found = split_prefix(msg);
    if (!found) return std::nullopt;
    lua_Debug ar;
    for (int level = first_level; level < first_level + kVerifiedLevels && lua_getstack(L, level, &ar); ++level) {
        if (!lua_getinfo(L, "Sl", &ar) || ar.currentline != found->where.line || *ar.what == 'C') continue;
        std::string file = source_name(ar);
        if (names_chunk(found->where.file, file)) {
            found->where.file = file;
            return found;
        }
    }
    return std::nullopt;
}

std::optional<LocatedMessage> chunk_verified_location(const std::string& msg, const std::string& chunk) {
    auto found = split_prefix(msg);
    if (!found || !names_chunk(found->where.file, chunk)) return std::nullopt;
    found->where.file = chunk;
    return found;
}

std::string capped_message(std::string text, std::size_t cut_before) {
    if (text.size() <= kMaxErrorMessage && cut_before == 0) return text;
    std::size_t cut = std::min(kMaxErrorMessage, text.size());
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    std::size_t more = text.size() - cut + cut_before;
    text.resize(cut);
    return text + "\xE2\x80\xA6 (" + std::to_string(more) + " more characters)";
}

}  // namespace fd::detail
