// The words scripts may use for moods, sectors, outcomes and situation attributes.
#include "vocabulary.hpp"

#include <map>

namespace fd {

const std::vector<std::string> kMoods = {"furious", "angry", "upset", "wary",
                                         "neutral", "calm",  "pleased", "delighted"};
const std::vector<std::string> kSectors = {"retail", "hospitality", "health", "finance", "travel", "support"};
const std::vector<std::string> kOutcomes = {"kept", "won_back", "lost", "escalated", "parted"};
const std::vector<std::string> kSituationKeys = {"fault",  "line",       "best_placed",         "stress",
                                                 "complexity", "importance_customer", "importance_business",
                                                 "time",   "trust",      "relationship"};

const std::vector<std::string>& situation_levels(const std::string& key) {
    static const std::vector<std::string> levels = {"low", "medium", "high"};
    static const std::vector<std::string> fault = {"ours", "theirs", "shared", "nobody"};
    static const std::vector<std::string> line = {"none", "flexible", "firm"};
    static const std::vector<std::string> placed = {"us", "someone_else"};
    static const std::vector<std::string> none;
    if (key == "fault") return fault;
    if (key == "line") return line;
    if (key == "best_placed") return placed;
    for (const auto& k : kSituationKeys)
        if (k == key) return levels;
    return none;
}

const std::vector<std::string> kSituationLevels = {"low", "medium", "high"};

std::string sector_for(const std::string& word) {
    static const std::vector<std::pair<std::string, std::string>> kin = {
        {"shop", "retail"},          {"store", "retail"},       {"ecommerce", "retail"},
        {"hotel", "hospitality"},    {"restaurant", "hospitality"}, {"cafe", "hospitality"},
        {"bar", "hospitality"},      {"clinic", "health"},      {"hospital", "health"},
        {"healthcare", "health"},    {"pharmacy", "health"},    {"bank", "finance"},
        {"banking", "finance"},      {"insurance", "finance"},  {"airline", "travel"},
        {"airport", "travel"},       {"rail", "travel"},        {"transport", "travel"},
        {"telecom", "support"},      {"telco", "support"},      {"it", "support"},
        {"software", "support"},     {"helpdesk", "support"},   {"utilities", "support"},
    };
    for (const auto& [w, sector] : kin)
        if (w == word) return sector;
    return "";
}

const std::vector<std::string>& look_values(const std::string& field) {
    static const std::map<std::string, std::vector<std::string>> values = {
        {"skin", {"very_light", "light", "medium", "tan", "brown", "dark", "very_dark"}},
        {"hair", {"black", "dark_brown", "brown", "auburn", "red", "blonde", "grey", "white"}},
        {"hair_style", {"bald", "short", "receding", "long", "curly", "bun", "braids", "covered"}},
        {"age", {"young", "adult", "middle", "older"}},
        {"headwear", {"none", "cap", "beanie", "hijab", "headscarf", "turban", "kippah"}},
    };
    static const std::vector<std::string> none;
    auto it = values.find(field);
    return it == values.end() ? none : it->second;
}

const std::vector<std::string>& fields_of(const std::string& table) {
    static const std::map<std::string, std::vector<std::string>> fields = {
        {"encounter", {"id", "title", "setting", "customer", "start", "beats", "flags", "currency"}},
        {"customer", {"name", "role", "life", "mood", "trust", "wall", "value", "look"}},
        {"look", {"skin", "hair", "hair_style", "age", "glasses", "headwear"}},
        {"setting", {"sector", "place"}},
        {"decision", {"id", "says", "situation", "prompt", "answers"}},
        {"answer", {"mode", "says", "reaction", "effects", "next", "fit", "why"}},
        {"route", {"id", "cases", "otherwise"}},
        {"case", {"when", "next"}},
        {"narration", {"id", "text", "next", "effects"}},
        {"ending", {"id", "text", "outcome", "effects"}},
        {"effects", {"trust", "wall", "mood", "money", "reputation", "flags", "story"}},
        {"campaign", {"id", "title", "start", "stages", "currency"}},
        {"stage", {"id", "file", "next"}},
        {"plan", {"name", "file", "choose", "always", "seed", "story", "outcomes", "expect"}},
        {"expect", {"ending", "outcome", "trust_at_least", "trust_at_most", "flags", "story"}},
    };
    static const std::vector<std::string> none;
    auto it = fields.find(table);
    return it == fields.end() ? none : it->second;
}

}  // namespace fd
