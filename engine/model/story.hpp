// What a session plays: a campaign of stages, or a single encounter treated as
// a campaign of one stage. Immutable data: the scripts' state is in a ScriptHost.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "encounter.hpp"

namespace fd {

struct Stage {
    std::string id;
    std::string file;
    std::shared_ptr<const Encounter> encounter;
    std::string next;       // a stage id, or "" with no next_function: the campaign ends
    ScriptRef next_function;  // a script function choosing the next stage
    SourceSpot spot;
};

struct Story {
    std::string file;
    std::string id, title;
    std::string start;
    std::string currency;  // ISO 4217 code, "" = the player's locale's (money.hpp)
    bool is_campaign = false;
    std::vector<Stage> stages;
    SourceSpot spot;  // a campaign's fields
    // A translated copy (i18n translate_story): the English story it was made from and
    // the language it is in. Null and "" for the English itself. Records keep ids and English.
    std::shared_ptr<const Story> source;
    std::string language;

    const Stage* stage(const std::string& id) const;
};

}  // namespace fd
