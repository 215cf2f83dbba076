// Applies a catalog to a copy of a story, text by text, by stable id.
#include "translate_story.hpp"

namespace fd::i18n {

TranslatedStory translate_story(const Story& story, const Catalog& catalog) {
    TranslatedStory out;
    auto copy = copy_story(story);
    copy->source = story.source ? story.source : std::make_shared<const Story>(story);
    copy->language = catalog.language();
    visit_texts(*copy, [&](TextEntry&& e, std::string& field) {
        if (const std::string* t = catalog.find(e.id, e.english))
            field = *t;
        else
            out.untranslated.push_back(std::move(e));
    });
    // A lone encounter's story is titled by the encounter (story_loader): the same words.
    if (!copy->is_campaign && copy->stages.size() == 1 && copy->stages.front().encounter)
        copy->title = copy->stages.front().encounter->title;
    out.story = copy;
    return out;
}

}  // namespace fd::i18n
