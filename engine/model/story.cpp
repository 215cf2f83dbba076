#include "story.hpp"

namespace fd {

const Stage* Story::stage(const std::string& stage_id) const {
    for (const auto& s : stages)
        if (s.id == stage_id) return &s;
    return nullptr;
}

}  // namespace fd
