#include "debrief.hpp"

namespace fd {

std::vector<DebriefItem> build_debrief(const Story& story, const std::vector<Event>& log, const std::string& stage) {
    std::vector<DebriefItem> items;
    for (const auto& ev : log) {
        if (ev.kind != EventKind::Decision || !ev.mode) continue;
        if (!stage.empty() && ev.stage != stage) continue;
        const Stage* st = story.stage(ev.stage);
        const Beat* b = st ? st->encounter->beat(ev.beat) : nullptr;
        DebriefItem d;
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
