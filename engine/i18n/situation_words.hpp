// The situation attributes of a moment (Kilmann's: whose fault, stress, time...) in
// words, in the current language (fd::tr): the one table the window's debrief, the
// facilitator's screens and `frontdoor run` all word a moment with. The engine keeps
// only the ids (kSituationKeys and fd::situation_levels, engine/model/vocabulary.hpp).
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace fd {

// "importance_customer" -> "Importance to the customer"; an unknown key as written.
std::string situation_label(const std::string& key);
// "someone_else" -> "someone else"; a level the vocabulary does not know as written.
std::string situation_level(const std::string& value);
// "Stress: high".
std::string situation_attribute(const std::string& key, const std::string& value);
// "Stress: high · Time available: low", in the order of kSituationKeys.
std::string situation_text(const std::map<std::string, std::string>& situation);
// The same for (key, value) pairs, in the order given (the debrief's pointers, strongest first).
std::string situation_list(const std::vector<std::pair<std::string, std::string>>& attributes);

}  // namespace fd
