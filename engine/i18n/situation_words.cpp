// The situation attributes' names and levels, translated (see situation_words.hpp).
#include "situation_words.hpp"

#include <algorithm>

#include "ui_text.hpp"
#include "vocabulary.hpp"

namespace fd {

namespace {

const char* key_label(const std::string& key) {
    if (key == "fault") return trc("situation", "Whose fault");
    if (key == "line") return trc("situation", "A line that must hold");
    if (key == "best_placed") return trc("situation", "Who can best resolve it");
    if (key == "stress") return trc("situation", "Stress");
    if (key == "complexity") return trc("situation", "Complexity");
    if (key == "importance_customer") return trc("situation", "Importance to the customer");
    if (key == "importance_business") return trc("situation", "Importance to the business");
    if (key == "time") return trc("situation", "Time available");
    if (key == "trust") return trc("situation", "Trust between you");
    if (key == "relationship") return trc("situation", "Importance of the relationship");
    return nullptr;
}

const char* level_label(const std::string& value) {
    if (value == "low") return trc("situation level", "low");
    if (value == "medium") return trc("situation level", "medium");
    if (value == "high") return trc("situation level", "high");
    if (value == "ours") return trc("situation level", "ours");
    if (value == "theirs") return trc("situation level", "theirs");
    if (value == "shared") return trc("situation level", "shared");
    if (value == "nobody") return trc("situation level", "nobody");
    if (value == "none") return trc("situation level", "none");
    if (value == "flexible") return trc("situation level", "flexible");
    if (value == "firm") return trc("situation level", "firm");
    if (value == "us") return trc("situation level", "us");
    if (value == "someone_else") return trc("situation level", "someone else");
    return nullptr;
}

}  // namespace

std::string situation_label(const std::string& key) {
    const char* label = key_label(key);
    return label ? label : key;
}

std::string situation_level(const std::string& value) {
    if (const char* label = level_label(value)) return label;
    std::string words = value;  // "very_high" reads as "very high"
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

std::string situation_attribute(const std::string& key, const std::string& value) {
    return format_text(tr("{attribute}: {level}"), {{"attribute", situation_label(key)}, {"level", situation_level(value)}});
}

std::string situation_text(const std::map<std::string, std::string>& situation) {
    std::string out;
    for (const auto& key : kSituationKeys) {
        auto it = situation.find(key);
        if (it != situation.end()) out += (out.empty() ? "" : " \u00b7 ") + situation_attribute(key, it->second);
    }
    return out;
}

std::string situation_list(const std::vector<std::pair<std::string, std::string>>& attributes) {
    std::string out;
    for (const auto& [key, value] : attributes) out += (out.empty() ? "" : " \u00b7 ") + situation_attribute(key, value);
    return out;
}

}  // namespace fd
