// frontdoor new NAME [--dir DIR]: a new encounter from the scaffold, lint-clean.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "ui_text.hpp"

namespace fd::cli {
namespace {

const char* kScaffold = R"LUA(-- A new encounter. Replace every line of text with your own; keep the structure.
-- The API is on one page: scripts/README.md. Check your work with:
--   build/frontdoor lint %PATH%
--   build/frontdoor explore %PATH%
--   build/frontdoor run %PATH%
return encounter {
  id = "%NAME%",                       -- stable: saves depend on it
  title = "%TITLE%",
  setting = { sector = "retail", place = "Where it happens, and when" },
  customer = {
    name = "A. Person",                -- a real name
    role = "Who they are to the business",
    life = "Something going on in their life that the staff member cannot see at first.",
    mood = "upset",                    -- furious angry upset wary neutral calm pleased delighted
    trust = 45,                        -- 0..100
    wall = 40,                         -- 0..100: while high, good news lands weaker
    value = 300,                       -- what keeping them is worth
  },
  start = "arrive",
  beats = {
    narration {
      id = "arrive",
      text = "Set the scene in a sentence or two: what the player sees.",
      next = "first_ask",
    },

    decision {
      id = "first_ask",
      says = "\"What the customer says, in their own words.\"",
      situation = { stress = "high", time = "low", relationship = "medium" },
      prompt = "A question for a workshop room to discuss before voting.",
      answers = {
        answer {
          mode = "avoid",              -- neither side's concern: fits trivial issues or a cooling-off moment
          says = "What the staff member says when they sidestep.",
          effects = { trust = -5, wall = 10 },
          next = "lost",
          fit = 2,
          why = "One sentence for the debrief: why avoiding fits here, or not.",
        },
        answer {
          mode = "accommodate",        -- their concern over ours: fits when we are wrong or the relationship matters most
          says = "What the staff member says when they give way.",
          effects = { trust = 8, money = -50 },
          next = "kept",
          fit = 3,
          why = "One sentence: why giving way fits here, or not.",
        },
        answer {
          mode = "compromise",         -- the middle: fits when time is short or a temporary settlement will do
          says = "What the staff member says when they split the difference.",
          effects = { trust = 4, money = -20 },
          next = "kept",
          fit = 3,
          why = "One sentence: why meeting halfway fits here, or not.",
        },
        answer {
          mode = "collaborate",        -- both concerns in full: fits when both are too important to trade
          says = "What the staff member says when they look for a solution together.",
          reaction = "How the customer responds.",
          effects = { trust = 10, wall = -20, flags = { listened = true } },
          next = "kept",
          fit = 5,
          why = "One sentence: why working it out together fits here, or not.",
        },
        answer {
          mode = "compete",            -- our concern over theirs: fits when firm action is vital or to stop exploitation
          says = "What the staff member says when they hold the line.",
          effects = { trust = -15, wall = 20, mood = "angry" },
          next = "lost",
          fit = 1,
          why = "One sentence: why standing firm fits here, or not.",
        },
      },
    },

    ending { id = "kept", outcome = "kept", text = "How it ends when it goes well." },
    ending { id = "lost", outcome = "lost", text = "How it ends when it goes badly." },
  },
}
)LUA";

void replace_all(std::string& s, const std::string& from, const std::string& to) {
    for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) s.replace(pos, from.size(), to);
}

}  // namespace

int cmd_new(const std::vector<std::string>& argv) {
    Args args(argv, {{"help", false}, {"dir", true}});
    if (args.has("help")) {
        std::cout << tr("usage: frontdoor new NAME [--dir DIR]\n"
                        "Writes DIR/NAME.lua (default DIR: scripts/encounters), an encounter with all five\n"
                        "answers filled with guidance, ready to edit. NAME uses lower-case letters, digits and _.\n"
                        "The scaffold's guidance is in English, the scripts' own language (docs/translating.md).\n");
        return 0;
    }
    if (args.positional().size() != 1) throw UsageError(tr("new needs exactly one name: frontdoor new NAME"));
    std::string name = args.positional()[0];
    bool ok = !name.empty() && std::isalpha(static_cast<unsigned char>(name[0]));
    for (char c : name) ok = ok && (std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_');
    if (!ok) throw UsageError(format_text(tr("'{name}' is not a good encounter name: use lower-case letters, digits and _, starting with a letter"), {{"name", name}}));
    std::string dir = args.get("dir", "scripts/encounters");
    std::string path = dir + "/" + name + ".lua";
    if (std::filesystem::exists(path)) {
        std::cerr << format_text(tr("{path} already exists; choose another name (nothing was written)"), {{"path", path}}) << "\n";
        return 1;
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::string title = name;
    replace_all(title, "_", " ");
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    std::string text = kScaffold;
    replace_all(text, "%NAME%", name);
    replace_all(text, "%TITLE%", title);
    replace_all(text, "%PATH%", path);
    std::ofstream out(path);
    if (!(out << text)) {
        std::cerr << format_text(tr("cannot write {path}"), {{"path", path}}) << "\n";
        return 1;
    }
    std::cout << format_text(tr("wrote {path}\nnext: build/frontdoor lint {path}"), {{"path", path}}) << "\n";
    return 0;
}

}  // namespace fd::cli
