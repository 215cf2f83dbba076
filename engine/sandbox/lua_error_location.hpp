// Where a script's error happened, decided by the engine: from the frames on the
// stack and the chunk being loaded, never from a location written in the
// message (error("/etc/passwd:1: ...", 0) names no file). Also the cap on how much
// of a message an error keeps. Internal to the sandbox.
#pragma once
#include <optional>
#include <string>

#include <lua.hpp>

namespace fd::detail {

struct ScriptLocation {
    std::string file;
    int line = 0;
};

struct LocatedMessage {
    ScriptLocation where;
    std::string message;
};

// The innermost Lua frame from first_level on, its file in full; {} when there is none.
ScriptLocation innermost_frame(lua_State* L, int first_level = 0);

// The "name:LINE:" Lua put at the start of msg, accepted only when one of the
// innermost frames from first_level on (a few dozen at most) is at that file and line:
// a runtime error, luaL_error, or error(msg, level) naming a caller that is running.
std::optional<LocatedMessage> stack_verified_location(lua_State* L, const std::string& msg, int first_level);

// The "name:LINE:" at the start of an error from loading the chunk `chunk` (a syntax
// error), accepted only when it names that chunk.
std::optional<LocatedMessage> chunk_verified_location(const std::string& msg, const std::string& chunk);

// text, or its first kMaxErrorMessage bytes (not cutting a UTF-8 character) and "… (N
// more characters)"; cut_before: bytes already cut from its end before it got here.
std::string capped_message(std::string text, std::size_t cut_before = 0);

}  // namespace fd::detail
