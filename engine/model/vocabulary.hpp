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
// Kilmann's situation attributes, in the order the debrief shows them: what
// decides the mode (whose fault, a line that must hold, who can best resolve it)
// and Kilmann's levels (stress, time, importance to each side, ...).
extern const std::vector<std::string> kSituationKeys;
// The values one situation attribute may take: "low", "medium", "high" for most;
// fault: ours, theirs, shared, nobody; line: none, flexible, firm;
// best_placed: us, someone_else. Empty for an unknown key.
const std::vector<std::string>& situation_levels(const std::string& key);
extern const std::vector<std::string> kSituationLevels;  // low, medium, high
// The sector a designer most likely means by a word that is not one ("telecom": "support"), or "".
std::string sector_for(const std::string& word);

// The words a customer's `look = { ... }` field may take: skin (very_light ..
// very_dark), hair (a colour), hair_style, age (young, adult, middle, older),
// headwear. Empty for `glasses` (a boolean) and for any other name.
const std::vector<std::string>& look_values(const std::string& field);

// The fields each table of a script may have, by the constructor or field that
// makes it: "encounter", "customer", "setting", "decision", "answer", "route",
// "case" (one of a route's cases), "look" (a customer's), "narration", "ending", "effects", "campaign",
// "stage", "plan", "expect". The loaders accept exactly these; the language
// server completes them. Empty for any other name.
const std::vector<std::string>& fields_of(const std::string& table);

}  // namespace fd
