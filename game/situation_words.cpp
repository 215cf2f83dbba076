// The situation attributes' names and levels, translated (see situation_words.hpp).
#include "situation_words.hpp"

#include "fit_predictor.hpp"
#include "text.hpp"
#include "ui_text.hpp"
#include "vocabulary.hpp"

namespace fdg {

namespace {

const char* key_label(const std::string& key) {
    if (key == "fault") return fd::trc("situation", "Whose fault");
    if (key == "line") return fd::trc("situation", "A line that must hold");
    if (key == "best_placed") return fd::trc("situation", "Who can best resolve it");
    if (key == "stress") return fd::trc("situation", "Stress");
    if (key == "complexity") return fd::trc("situation", "Complexity");
    if (key == "importance_customer") return fd::trc("situation", "Importance to the customer");
    if (key == "importance_business") return fd::trc("situation", "Importance to the business");
    if (key == "time") return fd::trc("situation", "Time available");
    if (key == "trust") return fd::trc("situation", "Trust between you");
    if (key == "relationship") return fd::trc("situation", "Importance of the relationship");
    return nullptr;
}

// The levels of fd::situation_levels; a value the vocabulary does not know reads as written.
std::string level_label(const std::string& value) {
    if (value == "low") return fd::trc("situation level", "low");
    if (value == "medium") return fd::trc("situation level", "medium");
    if (value == "high") return fd::trc("situation level", "high");
    if (value == "ours") return fd::trc("situation level", "ours");
    if (value == "theirs") return fd::trc("situation level", "theirs");
    if (value == "shared") return fd::trc("situation level", "shared");
    if (value == "nobody") return fd::trc("situation level", "nobody");
    if (value == "none") return fd::trc("situation level", "none");
    if (value == "flexible") return fd::trc("situation level", "flexible");
    if (value == "firm") return fd::trc("situation level", "firm");
    if (value == "us") return fd::trc("situation level", "us");
    if (value == "someone_else") return fd::trc("situation level", "someone else");
    return value;
}

std::string attribute(const std::string& key, const std::string& value) {
    const char* label = key_label(key);
    return fd::format_text(fd::tr("{attribute}: {level}"), {{"attribute", label ? label : key}, {"level", level_label(value)}});
}

}  // namespace

std::string situation_line(const std::map<std::string, std::string>& situation) {
    std::string out;
    for (const auto& key : fd::kSituationKeys) {
        auto it = situation.find(key);
        if (it != situation.end()) out += (out.empty() ? "" : " \u00b7 ") + attribute(key, it->second);
    }
    return out;
}

std::string pointers_line(const fd::Story& story, const fd::DebriefItem& d) {
    const fd::Stage* stage = story.stage(d.stage);
    const fd::Beat* beat = stage ? stage->encounter->beat(d.beat) : nullptr;
    if (!beat || !beat->best_answer()) return "";
    std::string out;
    for (const auto& p : fd::features_pointing_to(story, *beat, beat->best_answer()->mode))
        out += (out.empty() ? "" : " \u00b7 ") + attribute(p.key, p.value);
    return out;
}

}  // namespace fdg
