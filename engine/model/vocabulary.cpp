#include "vocabulary.hpp"

namespace fd {

const std::vector<std::string> kMoods = {"furious", "angry", "upset", "wary",
                                         "neutral", "calm",  "pleased", "delighted"};
const std::vector<std::string> kSectors = {"retail", "hospitality", "health", "finance", "travel", "support"};
const std::vector<std::string> kOutcomes = {"kept", "won_back", "lost", "escalated", "parted"};
const std::vector<std::string> kSituationKeys = {"stress", "complexity", "importance_customer",
                                                 "importance_business", "time", "trust", "relationship"};

}  // namespace fd
