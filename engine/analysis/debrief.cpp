// The debrief built from a session's event log (see debrief.hpp).
#include "debrief.hpp"

#include "fit_predictor.hpp"

namespace fd {

std::vector<std::pair<std::string, std::string>> moment_pointers(const Story& story, const Beat& decision, Mode best) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& p : features_pointing_to(story, decision, best)) out.emplace_back(p.key, p.value);
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
            d.pointers = b->best_answer() ? moment_pointers(story, *b, b->best_answer()->mode) : std::vector<std::pair<std::string, std::string>>{};
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
