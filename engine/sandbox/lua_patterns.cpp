// Pattern matching with a step count.
//
// Lua's own matcher backtracks without limit inside one C call, where the count hook
// never fires: string.find(("a"):rep(200000), ("a*"):rep(20) .. "b") runs for hours.
// This is the same matching language, written again with every step counted: a step
// is one attempt to match at a position, one character tried by a repetition, one
// character scanned by %b, or 8 bytes compared by a back reference or copied by gsub.
// Steps are charged to the call's budget like instructions, so a pattern that
// backtracks too much becomes an error at the script's line, in far under a second.
#include "lua_patterns.hpp"

#include <cctype>
#include <cstring>
#include <string>

#include "lua_budget.hpp"
#include "lua_sandbox.hpp"

namespace fd::detail::pattern {
namespace {

constexpr int kMaxCaptures = 32;     // LUA_MAXCAPTURES
constexpr int kMaxDepth = 200;       // MAXCCALLS: recursion of the matcher
constexpr std::ptrdiff_t kUnfinished = -1, kPosition = -2;
constexpr char kEsc = '%';
constexpr long long kChargeEvery = 4096;

int uchar(char c) { return static_cast<unsigned char>(c); }

struct Matcher {
    lua_State* L;
    LuaSandbox* sb;
    const char* fname;
    const char* src_init;
    const char* src_end;
    const char* p_end;
    int depth = kMaxDepth;
    int level = 0;
    struct {
        const char* init;
        std::ptrdiff_t len;
    } capture[kMaxCaptures];
    long long pending = 0;  // steps not yet charged
    std::string what;       // for the message when the budget runs out

    Matcher(lua_State* L_, const char* fname_, const char* s, std::size_t ls, const char* p, std::size_t lp)
        : L(L_), sb(LuaSandbox::from(L_)), fname(fname_), src_init(s), src_end(s + ls), p_end(p + lp),
          what(std::string(fname_) + ": matching this pattern") {}

    void reset() {
        level = 0;
        depth = kMaxDepth;
    }
    void step(long long n = 1) {
        pending += n;
        if (pending >= kChargeEvery) flush();
    }
    void flush() {
        long long n = pending;
        pending = 0;
        charge(L, sb, n, what.c_str(), "; does it backtrack over a long text?");
    }

    const char* class_end(const char* p) {
        char c = *p++;
        if (c == kEsc) {
            if (p >= p_end) luaL_error(L, "malformed pattern (ends with '%%')");
            return p + 1;
        }
        if (c == '[') {
            if (*p == '^') p++;
            do {  // the first character after '[' (or '[^') is never the end
                if (p >= p_end) luaL_error(L, "malformed pattern (missing ']')");
                c = *p++;
                if (c == kEsc && p < p_end) p++;
            } while (*p != ']');
            return p + 1;
        }
        return p;
    }

    static bool match_class(int c, int cl) {
        bool res;
        switch (std::tolower(cl)) {
            case 'a': res = std::isalpha(c); break;
            case 'c': res = std::iscntrl(c); break;
            case 'd': res = std::isdigit(c); break;
            case 'g': res = std::isgraph(c); break;
            case 'l': res = std::islower(c); break;
            case 'p': res = std::ispunct(c); break;
            case 's': res = std::isspace(c); break;
            case 'u': res = std::isupper(c); break;
            case 'w': res = std::isalnum(c); break;
            case 'x': res = std::isxdigit(c); break;
            case 'z': res = (c == 0); break;  // deprecated in Lua, still accepted
            default: return cl == c;
        }
        return std::isupper(cl) ? !res : res;
    }

    // p points at '[', ec at the closing ']'.
    static bool match_bracket(int c, const char* p, const char* ec) {
        bool sig = true;
        if (*(p + 1) == '^') {
            sig = false;
            p++;
        }
        while (++p < ec) {
            if (*p == kEsc) {
                p++;
                if (match_class(c, uchar(*p))) return sig;
            } else if (*(p + 1) == '-' && p + 2 < ec) {
                p += 2;
                if (uchar(*(p - 2)) <= c && c <= uchar(*p)) return sig;
            } else if (uchar(*p) == c) {
                return sig;
            }
        }
        return !sig;
    }

    bool single(const char* s, const char* p, const char* ep) const {
        if (s >= src_end) return false;
        int c = uchar(*s);
        switch (*p) {
            case '.': return true;
            case kEsc: return match_class(c, uchar(*(p + 1)));
            case '[': return match_bracket(c, p, ep - 1);
            default: return uchar(*p) == c;
        }
    }

    // Lua strings end with a '\0' after their length, so reading *src_end is safe.
    const char* balance(const char* s, const char* p) {
        if (p >= p_end - 1) luaL_error(L, "malformed pattern (missing arguments to '%%b')");
        if (*s != *p) return nullptr;
        char b = *p, e = *(p + 1);
        int open = 1;
        while (++s < src_end) {
            step();
            if (*s == e) {
                if (--open == 0) return s + 1;
            } else if (*s == b) {
                open++;
            }
        }
        return nullptr;
    }

    const char* max_expand(const char* s, const char* p, const char* ep) {
        std::ptrdiff_t i = 0;
        while (single(s + i, p, ep)) {
            i++;
            step();
        }
        while (i >= 0) {  // try with the most repetitions first, then fewer
            if (const char* res = match(s + i, ep + 1)) return res;
            i--;
        }
        return nullptr;
    }

    const char* min_expand(const char* s, const char* p, const char* ep) {
        for (;;) {
            if (const char* res = match(s, ep + 1)) return res;
            if (!single(s, p, ep)) return nullptr;
            s++;
        }
    }

    const char* start_capture(const char* s, const char* p, std::ptrdiff_t what) {
        if (level >= kMaxCaptures) luaL_error(L, "too many captures");
        capture[level].init = s;
        capture[level].len = what;
        level++;
        const char* res = match(s, p);
        if (!res) level--;
        return res;
    }

    const char* end_capture(const char* s, const char* p) {
        int l = -1;
        for (int i = level - 1; i >= 0; i--)
            if (capture[i].len == kUnfinished) {
                l = i;
                break;
            }
        if (l < 0) luaL_error(L, "invalid pattern capture");
        capture[l].len = s - capture[l].init;
        const char* res = match(s, p);
        if (!res) capture[l].len = kUnfinished;
        return res;
    }

    const char* back_reference(const char* s, int digit) {
        int l = digit - '1';
        if (l < 0 || l >= level || capture[l].len == kUnfinished)
            luaL_error(L, "invalid capture index %%%d", l + 1);
        std::ptrdiff_t len = capture[l].len;  // a position capture (negative) never matches
        step(1 + len / 32);
        if (len >= 0 && src_end - s >= len && std::memcmp(capture[l].init, s, static_cast<std::size_t>(len)) == 0)
            return s + len;
        return nullptr;
    }

    const char* match(const char* s, const char* p) {
        if (depth-- == 0) luaL_error(L, "pattern too complex");
        for (;;) {
            step();
            if (p == p_end) break;
            if (*p == '(') {
                s = (*(p + 1) == ')') ? start_capture(s, p + 2, kPosition) : start_capture(s, p + 1, kUnfinished);
                break;
            }
            if (*p == ')') {
                s = end_capture(s, p + 1);
                break;
            }
            if (*p == '$' && p + 1 == p_end) {
                if (s != src_end) s = nullptr;
                break;
            }
            if (*p == kEsc && *(p + 1) == 'b') {
                s = balance(s, p + 2);
                if (!s) break;
                p += 4;
                continue;
            }
            if (*p == kEsc && *(p + 1) == 'f') {
                p += 2;
                if (*p != '[') luaL_error(L, "missing '[' after '%%f' in pattern");
                const char* ep = class_end(p);
                int prev = (s == src_init) ? '\0' : uchar(*(s - 1));
                if (!match_bracket(prev, p, ep - 1) && match_bracket(uchar(*s), p, ep - 1)) {
                    p = ep;
                    continue;
                }
                s = nullptr;
                break;
            }
            if (*p == kEsc && std::isdigit(uchar(*(p + 1)))) {
                s = back_reference(s, uchar(*(p + 1)));
                if (!s) break;
                p += 2;
                continue;
            }
            // One character class, perhaps followed by a repetition.
            const char* ep = class_end(p);
            if (!single(s, p, ep)) {
                if (*ep == '*' || *ep == '?' || *ep == '-') {  // zero repetitions are fine
                    p = ep + 1;
                    continue;
                }
                s = nullptr;
                break;
            }
            if (*ep == '?') {
                if (const char* res = match(s + 1, ep + 1)) {
                    s = res;
                    break;
                }
                p = ep + 1;
                continue;
            }
            if (*ep == '+') {
                s = max_expand(s + 1, p, ep);
                break;
            }
            if (*ep == '*') {
                s = max_expand(s, p, ep);
                break;
            }
            if (*ep == '-') {
                s = min_expand(s, p, ep);
                break;
            }
            s++;
            p = ep;
        }
        depth++;
        return s;
    }

    // Capture i as (pointer, length); a position capture pushes its number and
    // returns kPosition. With no captures, capture 0 is the whole match [s, e).
    std::ptrdiff_t get_capture(int i, const char* s, const char* e, const char** cap) {
        if (i >= level) {
            if (i != 0) luaL_error(L, "invalid capture index %%%d", i + 1);
            *cap = s;
            return e - s;
        }
        std::ptrdiff_t len = capture[i].len;
        *cap = capture[i].init;
        if (len == kUnfinished) luaL_error(L, "unfinished capture");
        if (len == kPosition) lua_pushinteger(L, (capture[i].init - src_init) + 1);
        return len;
    }

    void push_capture(int i, const char* s, const char* e) {
        const char* cap;
        std::ptrdiff_t len = get_capture(i, s, e, &cap);
        if (len != kPosition) lua_pushlstring(L, cap, static_cast<std::size_t>(len));
    }

    int push_captures(const char* s, const char* e) {
        int n = (level == 0 && s) ? 1 : level;
        luaL_checkstack(L, n, "too many captures");
        for (int i = 0; i < n; i++) push_capture(i, s, e);
        return n;
    }
};

// Start position as Lua's posrelatI: 1-based, negative counts from the end.
std::size_t start_index(lua_Integer pos, std::size_t len) {
    if (pos > 0) return static_cast<std::size_t>(pos);
    if (pos == 0) return 1;
    if (pos < -static_cast<lua_Integer>(len)) return 1;
    return len + static_cast<std::size_t>(pos) + 1;
}

bool no_specials(const char* p, std::size_t lp) {
    for (std::size_t i = 0; i < lp; ++i)
        if (p[i] != '\0' && std::strchr("^$*+?.([%-", p[i])) return false;
    return true;
}

int find_aux(lua_State* L, bool find) {
    const char* fname = find ? "string.find" : "string.match";
    std::size_t ls, lp;
    const char* s = luaL_checklstring(L, 1, &ls);
    const char* p = luaL_checklstring(L, 2, &lp);
    std::size_t init = start_index(luaL_optinteger(L, 3, 1), ls) - 1;
    if (init > ls) {
        lua_pushnil(L);
        return 1;
    }
    if (find && (lua_toboolean(L, 4) || no_specials(p, lp))) {
        // A plain search: memmem is linear in the text, so only the bytes count.
        const void* hit = lp == 0 ? s + init : memmem(s + init, ls - init, p, lp);
        std::size_t scanned = hit ? static_cast<const char*>(hit) - (s + init) + lp : ls - init;
        charge(L, LuaSandbox::from(L), 1 + bytes_cost(scanned));
        if (hit) {
            std::size_t at = static_cast<const char*>(hit) - s;
            lua_pushinteger(L, static_cast<lua_Integer>(at + 1));
            lua_pushinteger(L, static_cast<lua_Integer>(at + lp));
            return 2;
        }
    } else {
        bool anchor = (*p == '^');
        if (anchor) {
            p++;
            lp--;
        }
        Matcher m(L, fname, s, ls, p, lp);
        const char* s1 = s + init;
        do {
            m.reset();
            if (const char* e = m.match(s1, p)) {
                m.flush();
                if (find) {
                    lua_pushinteger(L, (s1 - s) + 1);
                    lua_pushinteger(L, e - s);
                    return m.push_captures(nullptr, nullptr) + 2;
                }
                return m.push_captures(s1, e);
            }
        } while (s1++ < m.src_end && !anchor);
        m.flush();
    }
    lua_pushnil(L);
    return 1;
}

struct GmatchState {
    std::size_t src;        // where the next search starts
    std::ptrdiff_t last;    // end of the last match, or -1
};

int gmatch_step(lua_State* L) {
    std::size_t ls, lp;
    const char* s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char* p = lua_tolstring(L, lua_upvalueindex(2), &lp);
    auto* gm = static_cast<GmatchState*>(lua_touserdata(L, lua_upvalueindex(3)));
    Matcher m(L, "string.gmatch", s, ls, p, lp);
    for (std::size_t src = gm->src; src <= ls; src++) {
        m.reset();
        const char* e = m.match(s + src, p);
        if (e && e - s != gm->last) {
            m.flush();
            gm->src = static_cast<std::size_t>(e - s);
            gm->last = e - s;
            return m.push_captures(s + src, e);
        }
    }
    m.flush();
    gm->src = ls + 1;
    return 0;
}

void add_replacement_string(Matcher& m, luaL_Buffer* b, const char* s, const char* e) {
    lua_State* L = m.L;
    std::size_t l;
    const char* news = lua_tolstring(L, 3, &l);
    m.step(1 + bytes_cost(l));
    const char* p;
    while ((p = static_cast<const char*>(std::memchr(news, kEsc, l))) != nullptr) {
        luaL_addlstring(b, news, static_cast<std::size_t>(p - news));
        p++;
        if (*p == kEsc) {
            luaL_addchar(b, *p);
        } else if (*p == '0') {
            luaL_addlstring(b, s, static_cast<std::size_t>(e - s));
            m.step(bytes_cost(static_cast<std::size_t>(e - s)));
        } else if (std::isdigit(uchar(*p))) {
            const char* cap;
            std::ptrdiff_t len = m.get_capture(*p - '1', s, e, &cap);
            if (len == kPosition) {
                luaL_addvalue(b);
            } else {
                luaL_addlstring(b, cap, static_cast<std::size_t>(len));
                m.step(bytes_cost(static_cast<std::size_t>(len)));
            }
        } else {
            luaL_error(L, "invalid use of '%c' in replacement string", kEsc);
        }
        l -= static_cast<std::size_t>(p + 1 - news);
        news = p + 1;
    }
    luaL_addlstring(b, news, l);
}

// Adds the replacement for the match [s, e); false when the original text is kept.
bool add_value(Matcher& m, luaL_Buffer* b, const char* s, const char* e, int tr) {
    lua_State* L = m.L;
    switch (tr) {
        case LUA_TFUNCTION: {
            m.flush();  // the function's own instructions are counted by the hook
            lua_pushvalue(L, 3);
            int n = m.push_captures(s, e);
            lua_call(L, n, 1);
            break;
        }
        case LUA_TTABLE:
            m.push_capture(0, s, e);
            lua_gettable(L, 3);
            break;
        default:
            add_replacement_string(m, b, s, e);
            return true;
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(b, s, static_cast<std::size_t>(e - s));
        return false;
    }
    if (!lua_isstring(L, -1)) return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    m.step(bytes_cost(lua_rawlen(L, -1)));
    luaL_addvalue(b);
    return true;
}

}  // namespace

int find(lua_State* L) { return find_aux(L, true); }
int match(lua_State* L) { return find_aux(L, false); }

int gmatch(lua_State* L) {
    std::size_t ls;
    luaL_checklstring(L, 1, &ls);
    luaL_checkstring(L, 2);
    std::size_t init = start_index(luaL_optinteger(L, 3, 1), ls) - 1;
    lua_settop(L, 2);  // the closure keeps both strings alive
    auto* gm = static_cast<GmatchState*>(lua_newuserdatauv(L, sizeof(GmatchState), 0));
    gm->src = init > ls ? ls + 1 : init;
    gm->last = -1;
    lua_pushcclosure(L, gmatch_step, 3);
    return 1;
}

int gsub(lua_State* L) {
    std::size_t srcl, lp;
    const char* src = luaL_checklstring(L, 1, &srcl);
    const char* p = luaL_checklstring(L, 2, &lp);
    const char* lastmatch = nullptr;
    int tr = lua_type(L, 3);
    lua_Integer max_s = luaL_optinteger(L, 4, static_cast<lua_Integer>(srcl) + 1);
    luaL_argexpected(L, tr == LUA_TNUMBER || tr == LUA_TSTRING || tr == LUA_TFUNCTION || tr == LUA_TTABLE, 3,
                     "string/function/table");
    bool anchor = (*p == '^');
    if (anchor) {
        p++;
        lp--;
    }
    lua_Integer n = 0;
    bool changed = false;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    Matcher m(L, "string.gsub", src, srcl, p, lp);
    while (n < max_s) {
        m.reset();
        const char* e = m.match(src, p);
        if (e && e != lastmatch) {
            n++;
            changed = add_value(m, &b, src, e, tr) || changed;
            src = lastmatch = e;
        } else if (src < m.src_end) {
            luaL_addchar(&b, *src++);
        } else {
            break;
        }
        if (anchor) break;
    }
    if (!changed) {
        lua_pushvalue(L, 1);
    } else {
        luaL_addlstring(&b, src, static_cast<std::size_t>(m.src_end - src));
        m.step(bytes_cost(static_cast<std::size_t>(m.src_end - src)));
        luaL_pushresult(&b);
    }
    m.flush();
    lua_pushinteger(L, n);
    return 2;
}

}  // namespace fd::detail::pattern
