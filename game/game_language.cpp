// The game's language and the stories as shown in it.
#include "game_language.hpp"

#include <iostream>
#include <memory>

#include "game.hpp"

#include "language.hpp"
#include "money.hpp"
#include "text.hpp"
#include "translate_story.hpp"
#include "ui_text.hpp"

namespace fdg {
namespace {
std::string& language_now() {
    static std::string lang;
    return lang;
}
}  // namespace

std::string chosen_language(const std::string& option, const std::string& setting) {
    if (!option.empty()) return fd::i18n::normalized_language(option);
    if (!setting.empty()) return fd::i18n::normalized_language(setting);
    return fd::i18n::system_language();
}

std::vector<std::string> use_language(const std::string& lang) {
    fd::i18n::LoadedLanguage loaded = fd::i18n::load_language(lang, fd::i18n::shipped_po_dir());
    // Worded before the catalog changes: in the language the player was reading.
    std::vector<std::string> problems;
    for (const auto& p : loaded.errors) problems.push_back(fd::i18n::language_problem_text(p));
    bool usable = loaded.errors.empty() && !fd::i18n::is_english(loaded.language);
    fd::set_ui_catalog(usable ? std::make_shared<const fd::i18n::Catalog>(loaded.catalog) : nullptr);
    language_now() = usable ? loaded.language : std::string();
    fd::MoneyStyle style = money_style();
    style.language = usable ? loaded.language : std::string("en_GB");
    set_money_style(style);
    return problems;
}

const std::string& current_language() { return language_now(); }

std::vector<std::string> offered_languages() {
    std::vector<std::string> out = {"en"};
    for (const auto& l : fd::i18n::shipped_languages(fd::i18n::shipped_po_dir())) out.push_back(l);
    return out;
}

std::string language_name(const std::string& code) {
    std::string base = code.substr(0, code.find('_'));
    if (base == "en") return "English";
    if (base == "es") return "Espa\u00f1ol";
    if (base == "de") return "Deutsch";
    if (base == "fr") return "Fran\u00e7ais";
    return code;
}

std::string next_language(const std::string& current) {
    std::vector<std::string> all = offered_languages();
    std::string now = fd::i18n::is_english(current) ? "en" : current;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i] == now || all[i] == now.substr(0, now.find('_'))) return all[(i + 1) % all.size()];
    return all.front();
}

fd::StoryLoad load_shown(const std::string& path, std::vector<fd::i18n::TextEntry>* untranslated) {
    fd::StoryLoad load = fd::load_story(path);
    const fd::i18n::Catalog* catalog = fd::ui_catalog();
    if (!load.story || !catalog) return load;
    fd::i18n::TranslatedStory shown = fd::i18n::translate_story(*load.story, *catalog);
    load.story = shown.story;
    if (untranslated)
        for (auto& e : shown.untranslated) untranslated->push_back(std::move(e));
    return load;
}

void use_story_currency(const fd::Story& story) {
    std::string own = story.currency;
    if (own.empty() && !story.stages.empty() && story.stages.front().encounter)
        own = story.stages.front().encounter->currency;
    fd::MoneyStyle style = money_style();
    style.currency = fd::effective_currency(own, language_now().empty() ? fd::i18n::system_language() : language_now());
    set_money_style(style);
}

// The interface and the story in another language at once: the story is loaded again
// as shown in it and the session carries on from the same ids.
void Game::set_language(const std::string& lang) {
    settings_.language = fd::i18n::normalized_language(lang);
    save_settings();
    std::vector<std::string> problems = use_language(settings_.language);
    if (!problems.empty()) notify(problems.front(), false, 8.0);
    std::vector<fd::i18n::TextEntry> untranslated;
    fd::StoryLoad main = load_shown(opts_.story_path, &untranslated);
    if (main.story) {
        library_.main_story = main.story;
        library_.main_host = main.host;
    }
    if (play_.session) {
        fd::StoryLoad now = play_.story_path == opts_.story_path ? main : load_shown(play_.story_path, &untranslated);
        if (now.story && guarded("language", [&] { play_.session->replace_story(now.story, now.host); })) {
            reload_.watch(*now.story, *now.host);
            use_story_currency(*now.story);
        }
        play_.consequence.reset();  // its words were copied in the old language
    } else if (main.story) {
        use_story_currency(*main.story);
    }
    refresh_save_info();
    report_untranslated(untranslated);
}

// Designer mode: the texts still in English are named in the log (FILE:LINE and id)
// and counted in a notice, so a translator can find them.
void Game::report_untranslated(const std::vector<fd::i18n::TextEntry>& texts) {
    if (texts.empty() || !designer_tools() || current_language().empty()) return;
    for (const auto& t : texts)
        std::cerr << t.file << ":" << t.line << ": untranslated (" << current_language() << "): " << t.id << "\n";
    notify(fd::format_text(fd::trn("{n} text has no translation yet and shows in English (listed in the log)",
                                    "{n} texts have no translation yet and show in English (listed in the log)",
                                    static_cast<long>(texts.size())),
                           {{"n", std::to_string(texts.size())}}),
           false, 8.0);
}

}  // namespace fdg
