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
// The value each situation key takes.
extern const std::vector<std::string> kSituationLevels;

// The fields each table of a script may have, by the constructor or field that
// makes it: "encounter", "customer", "setting", "decision", "answer", "route",
// "case" (one of a route's cases), "narration", "ending", "effects", "campaign",
// "stage", "plan", "expect". The loaders accept exactly these; the language
// server completes them. Empty for any other name.
const std::vector<std::string>& fields_of(const std::string& table);

}  // namespace fd
