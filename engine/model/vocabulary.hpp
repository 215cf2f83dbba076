// The words scripts may use for moods, sectors, outcomes and situation keys: one
// list of each, read by the loader, the rules, the debrief and the inspector.
#pragma once
#include <string>
#include <vector>

namespace fd {

// From the worst to the best; the rules step through them in this order.
extern const std::vector<std::string> kMoods;
extern const std::vector<std::string> kSectors;
extern const std::vector<std::string> kOutcomes;
// Kilmann's situation attributes, in the order the debrief shows them.
extern const std::vector<std::string> kSituationKeys;
extern const std::vector<std::string> kSituationLevels;  // low, medium, high
// The sector a designer most likely means by a word that is not one ("telecom": "support"), or "".
std::string sector_for(const std::string& word);

}  // namespace fd
