// The game's language: one catalog for the interface and the stories (po/LANG.po),
// chosen by --lang, the settings, else the system locale; stories are loaded as the
// player sees them (translated copies: the same ids, so saves and records match).
#pragma once
#include <string>
#include <vector>

#include "content_text.hpp"
#include "story_loader.hpp"

namespace fdg {

// Which language to use: --lang, else the settings', else the system locale's.
std::string chosen_language(const std::string& option, const std::string& setting);
// Makes `lang` ("" or en: English) the game's language, from the shipped po folder:
// the interface's catalog (fd::tr) and the money style. Returns the problems
// (no such translation, a file that cannot be read: FILE:LINE); English then.
std::vector<std::string> use_language(const std::string& lang);
const std::string& current_language();  // normalized; "" English
// The languages offered (English first, then each shipped .po), as codes.
std::vector<std::string> offered_languages();
// A language's own name for itself: "English", "Español"; the code for others.
std::string language_name(const std::string& code);
// The language after `current` in offered_languages() (the settings' language row), wrapping round.
std::string next_language(const std::string& current);

// fd::load_story, translated into the current language; the texts left in English
// (missing or fuzzy) are added to `untranslated` when given.
fd::StoryLoad load_shown(const std::string& path, std::vector<fd::i18n::TextEntry>* untranslated = nullptr);

// The currency money is shown in for this story: its own (campaign, else its first
// encounter's), else the language's locale's.
void use_story_currency(const fd::Story& story);

}  // namespace fdg
