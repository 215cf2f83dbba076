// A story as a player of another language sees it: the same ids, routes and
// scripts, its texts replaced from a catalog. Text with no translation (missing
// or fuzzy) stays English and is listed, for designer mode and `i18n check`.
#pragma once
#include <memory>
#include <vector>

#include "catalog.hpp"
#include "content_text.hpp"
#include "story.hpp"

namespace fd::i18n {

struct TranslatedStory {
    std::shared_ptr<const Story> story;
    std::vector<TextEntry> untranslated;  // shown in English
};

TranslatedStory translate_story(const Story& story, const Catalog& catalog);

}  // namespace fd::i18n
