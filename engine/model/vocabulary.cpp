#include "vocabulary.hpp"

#include <map>

namespace fd {

const std::vector<std::string> kMoods = {"furious", "angry", "upset", "wary",
                                         "neutral", "calm",  "pleased", "delighted"};
const std::vector<std::string> kSectors = {"retail", "hospitality", "health", "finance", "travel", "support"};
const std::vector<std::string> kOutcomes = {"kept", "won_back", "lost", "escalated", "parted"};
const std::vector<std::string> kSituationKeys = {"stress", "complexity", "importance_customer",
                                                 "importance_business", "time", "trust", "relationship"};
const std::vector<std::string> kSituationLevels = {"low", "medium", "high"};

const std::vector<std::string>& fields_of(const std::string& table) {
    static const std::map<std::string, std::vector<std::string>> fields = {
        {"encounter", {"id", "title", "setting", "customer", "start", "beats"}},
        {"customer", {"name", "role", "life", "mood", "trust", "wall", "value"}},
        {"setting", {"sector", "place"}},
        {"decision", {"id", "says", "situation", "prompt", "answers"}},
        {"answer", {"mode", "says", "reaction", "effects", "next", "fit", "why"}},
        {"route", {"id", "cases", "otherwise"}},
        {"case", {"when", "next"}},
        {"narration", {"id", "text", "next", "effects"}},
        {"ending", {"id", "text", "outcome", "effects"}},
        {"effects", {"trust", "wall", "mood", "money", "reputation", "flags", "story"}},
        {"campaign", {"id", "title", "start", "stages"}},
        {"stage", {"id", "file", "next"}},
        {"plan", {"name", "file", "choose", "always", "seed", "story", "outcomes", "expect"}},
        {"expect", {"ending", "outcome", "trust_at_least", "trust_at_most", "flags", "story"}},
    };
    static const std::vector<std::string> none;
    auto it = fields.find(table);
    return it == fields.end() ? none : it->second;
}

}  // namespace fd
