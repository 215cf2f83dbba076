// A small valid encounter the tests bend into broken ones. Line numbers matter:
// tests name them, so edit with care.
#pragma once
#include <string>

namespace fdtest {

inline std::string minimal_encounter() {
    return R"LUA(return encounter {
  id = "mini",
  title = "Mini",
  setting = { sector = "retail", place = "A counter" },
  customer = { name = "Ana Lima", role = "Customer", life = "Busy day.", mood = "upset", trust = 40, wall = 50, value = 100 },
  start = "ask",
  beats = {
    decision {
      id = "ask",
      says = "\"Help me.\"",
      answers = {
        answer { mode = "avoid", says = "Later.", effects = { trust = -10 }, next = "lost", fit = 1, why = "Too important to dodge." },
        answer { mode = "accommodate", says = "Anything you like.", effects = { trust = 10, money = -50 }, next = "kept", fit = 3, why = "Generous but costly." },
        answer { mode = "compromise", says = "Half now.", effects = { trust = 4 }, next = "kept", fit = 2, why = "A middle way." },
        answer { mode = "collaborate", says = "Tell me more.", effects = { trust = 20, wall = -30 }, next = "kept", fit = 5, why = "Both matter." },
        answer { mode = "compete", says = "Rules are rules.", effects = { trust = -20 }, next = "lost", fit = 1, why = "Raises the wall." },
      },
    },
    ending { id = "kept", outcome = "kept", text = "She stays." },
    ending { id = "lost", outcome = "lost", text = "She goes." },
  },
}
)LUA";
}

// Replaces the first occurrence of `from` with `to`.
inline std::string with(std::string text, const std::string& from, const std::string& to) {
    auto pos = text.find(from);
    if (pos != std::string::npos) text.replace(pos, from.size(), to);
    return text;
}

}  // namespace fdtest
