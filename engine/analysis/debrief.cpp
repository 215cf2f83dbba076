#include "debrief.hpp"

#include <algorithm>

#include "fit_predictor.hpp"
#include "vocabulary.hpp"

namespace fd {

std::string situation_label(const std::string& key) {
    static const std::map<std::string, std::string> labels = {
        {"fault", "Whose fault"},
        {"line", "A line that must hold"},
        {"best_placed", "Who can best resolve it"},
        {"stress", "Stress"},
        {"complexity", "Complexity"},
        {"importance_customer", "Importance to the customer"},
        {"importance_business", "Importance to the business"},
        {"time", "Time available"},
        {"trust", "Trust between you"},
        {"relationship", "Importance of the relationship"},
    };
    auto it = labels.find(key);
    return it == labels.end() ? key : it->second;
}

std::string situation_text(const std::map<std::string, std::string>& situation) {
    std::string out;
    for (const auto& key : kSituationKeys) {
        auto it = situation.find(key);
        if (it == situation.end()) continue;
        std::string value = it->second;  // "someone_else" reads as "someone else"
        std::replace(value.begin(), value.end(), '_', ' ');
        out += (out.empty() ? "" : " \u00b7 ") + situation_label(key) + ": " + value;
    }
    return out;
}

std::vector<std::string> moment_pointers(const Story& story, const Beat& decision, Mode best) {
    std::vector<std::string> out;
    for (const auto& p : features_pointing_to(story, decision, best))
        out.push_back(situation_label(p.key) + ": " + p.value);
    return out;
}

namespace {

std::vector<DebriefAnswer> answers_of(const Beat& b, Mode chosen) {
    std::vector<DebriefAnswer> out;
    int best = b.best_fit();
    for (Mode m : kAllModes)
        if (const Answer* a = b.answer(m)) out.push_back({m, a->says, a->why, a->fit, m == chosen, a->fit == best});
    return out;
}

}  // namespace

std::vector<DebriefItem> build_debrief(const Story& story, const std::vector<Event>& log, const std::string& stage) {
    std::vector<DebriefItem> items;
    for (std::size_t i = 0; i < log.size(); ++i) {
        const Event& ev = log[i];
        if (ev.kind != EventKind::Decision || !ev.mode) continue;
        if (!stage.empty() && ev.stage != stage) continue;
        const Stage* st = story.stage(ev.stage);
        const Beat* b = st ? st->encounter->beat(ev.beat) : nullptr;
        DebriefItem d;
        d.log_index = i;
        d.stage = ev.stage;
        d.beat = ev.beat;
        d.chosen = *ev.mode;
        d.fit = ev.fit;
        d.best_fit = ev.best_fit;
        d.before = ev.before;
        d.after = ev.after;
        if (b && b->kind == BeatKind::Decision) {
            d.encounter_title = st->encounter->title;
            d.customer_said = b->text;
            d.situation = b->situation.attributes;
            d.answers = answers_of(*b, *ev.mode);
            d.pointers = b->best_answer() ? moment_pointers(story, *b, b->best_answer()->mode) : std::vector<std::string>{};
            if (const Answer* a = b->answer(*ev.mode)) {
                d.chosen_says = a->says;
                d.chosen_why = a->why;
            }
            if (const Answer* best = b->best_answer()) {
                d.best = best->mode;
                d.best_why = best->why;
            }
        }
        items.push_back(std::move(d));
    }
    return items;
}

}  // namespace fd
