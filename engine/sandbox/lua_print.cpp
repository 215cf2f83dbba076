// print for scripts, limited per call and terminal-safe (see the header).
#include "lua_print.hpp"

#include <algorithm>
#include <cstdio>

#include "lua_budget.hpp"
#include "lua_sandbox.hpp"

namespace fd::detail {

std::string escape_control(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        if (c >= 0x20 && c != 0x7f) {
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
        }
    }
    return out;
}

namespace {

// The arguments as print shows them ("print: a\tb"), escaped; at most about `room`
// bytes of them are read (a longer line is cut anyway).
std::string printed_text(lua_State* L, std::size_t room) {
    std::string text;
    for (int i = 1; i <= lua_gettop(L) && text.size() <= room; ++i) {
        text += (i == 1) ? " " : "\t";
        size_t len = 0;
        const char* s = luaL_tolstring(L, i, &len);
        text += escape_control(std::string(s, std::min(len, room + 1)));
        lua_pop(L, 1);
    }
    return text;
}

void write_line(LuaSandbox::Budget& b, const std::string& line) {
    ++b.printed_lines;
    b.printed_bytes += line.size();
    std::fprintf(stderr, "%s\n", line.c_str());
}

void suppress(LuaSandbox::Budget& b, const std::string& prefix, const SandboxLimits& lim) {
    b.print_suppressed = true;
    write_line(b, prefix + " \xE2\x80\xA6 further output suppressed (one call may print " +
                      std::to_string(lim.print_lines) + " lines and " + std::to_string(lim.print_bytes) + " bytes)");
}

}  // namespace

int script_print(lua_State* L) {
    LuaSandbox* sb = LuaSandbox::from(L);
    auto& b = sb->budget();
    const SandboxLimits& lim = sb->limits();
    charge(L, sb, 1);
    if (b.print_suppressed) return 0;
    std::string where = escape_control(innermost_location(L, 1));
    std::string prefix = where.empty() ? "print:" : where + ": print:";
    std::size_t room = lim.print_bytes > b.printed_bytes ? lim.print_bytes - b.printed_bytes : 0;
    if (b.printed_lines >= lim.print_lines || room <= prefix.size()) {
        suppress(b, prefix, lim);
        return 0;
    }
    std::string line = prefix + printed_text(L, room - prefix.size());
    charge(L, sb, bytes_cost(line.size()));
    if (line.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        line.resize(cut);
        write_line(b, line + "\xE2\x80\xA6");
        suppress(b, prefix, lim);
        return 0;
    }
    write_line(b, line);
    return 0;
}

}  // namespace fd::detail
