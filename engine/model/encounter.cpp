#include "encounter.hpp"

namespace fd {

const char* beat_kind_name(BeatKind k) {
    switch (k) {
        case BeatKind::Narration: return "narration";
        case BeatKind::Decision: return "decision";
        case BeatKind::Route: return "route";
        case BeatKind::Ending: return "ending";
    }
    return "?";
}

const Answer* Beat::answer(Mode m) const {
    for (const auto& a : answers)
        if (a.mode == m) return &a;
    return nullptr;
}

const Answer* Beat::best_answer() const {
    const Answer* best = nullptr;
    for (const auto& a : answers)
        if (!best || a.fit > best->fit) best = &a;
    return best;
}

int Beat::best_fit() const {
    const Answer* b = best_answer();
    return b ? b->fit : 0;
}

const Beat* Encounter::beat(const std::string& beat_id) const {
    int i = beat_index(beat_id);
    return i < 0 ? nullptr : &beats[static_cast<std::size_t>(i)];
}

int Encounter::beat_index(const std::string& beat_id) const {
    for (std::size_t i = 0; i < beats.size(); ++i)
        if (beats[i].id == beat_id) return static_cast<int>(i);
    return -1;
}

}  // namespace fd
