// What a session plays: a campaign of stages, or a single encounter treated as
// a campaign of one stage.
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
    std::string next;    // a stage id, or "" with no next_ref: the campaign ends
    int next_ref = -2;   // a Lua function choosing the next stage
    SourceSpot spot;
};

struct Story {
    std::string file;
    std::string id, title;
    std::string start;
    bool is_campaign = false;
    std::vector<Stage> stages;
    std::shared_ptr<LuaSandbox> sandbox;  // the campaign script's (null for one encounter)

    const Stage* stage(const std::string& id) const;
};

}  // namespace fd
