// Loop detection for Session: see loop_guard.hpp.
#include "loop_guard.hpp"

#include <functional>

namespace fd {

bool LoopGuard::Rest::operator==(const Rest& o) const {
    return stage == o.stage && beat == o.beat && customer == o.customer && business == o.business &&
           flags == o.flags && story == o.story && outcomes == o.outcomes && rng == o.rng;
}

LoopGuard::Rest LoopGuard::rest_of(const SessionState& s, bool stage_entry) {
    Rest r;
    r.stage = s.stage;
    r.story = s.story;
    r.outcomes = s.outcomes;
    r.rng = s.rng;
    if (stage_entry) return r;  // a stage starts afresh: the rest is the encounter's own start
    r.beat = s.beat;
    r.customer = s.customer;
    r.business = s.business;
    r.flags = s.flags;
    return r;
}

namespace {
void mix(std::size_t& h, std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); }

void mix_flags(std::size_t& h, const Flags& flags) {
    for (const auto& [k, v] : flags) {
        mix(h, std::hash<std::string>{}(k));
        mix(h, std::hash<FlagValue>{}(v));
    }
    mix(h, flags.size());
}
bool at_ending(const Story& story, const SessionState& s) {
    const Stage* st = story.stage(s.stage);
    const Beat* b = st ? st->encounter->beat(s.beat) : nullptr;
    return b && b->kind == BeatKind::Ending;
}
}  // namespace

std::size_t LoopGuard::hash_of(const Rest& r) {
    std::size_t h = std::hash<std::string>{}(r.stage);
    mix(h, std::hash<std::string>{}(r.beat));
    mix(h, static_cast<std::size_t>(r.customer.trust));
    mix(h, static_cast<std::size_t>(r.customer.wall));
    mix(h, std::hash<std::string>{}(r.customer.mood));
    mix(h, static_cast<std::size_t>(r.business.money));
    mix(h, static_cast<std::size_t>(r.business.reputation));
    mix_flags(h, r.flags);
    mix_flags(h, r.story);
    for (const auto& [k, v] : r.outcomes) {
        mix(h, std::hash<std::string>{}(k));
        mix(h, std::hash<std::string>{}(v));
    }
    mix(h, static_cast<std::size_t>(r.rng));
    return h;
}

bool LoopGuard::seen_before(std::vector<Rest>& all, std::unordered_multimap<std::size_t, std::size_t>& index, Rest r) {
    std::size_t h = hash_of(r);
    auto [first, last] = index.equal_range(h);
    for (auto it = first; it != last; ++it)
        if (all[it->second] == r) return true;
    index.emplace(h, all.size());
    all.push_back(std::move(r));
    return false;
}

void LoopGuard::check_rest(const Story& story, const SessionState& before, const SessionState& now) {
    if (now.finished || at_ending(story, now)) return;
    if (rests_.empty()) seen_before(rests_, rest_index_, rest_of(before, false));
    if (seen_before(rests_, rest_index_, rest_of(now, false))) throw story_loop_error(story, now);
}

StoryLoopError story_loop_error(const Story& story, const SessionState& now) {
    const Stage* st = story.stage(now.stage);
    const Encounter* e = st ? st->encounter.get() : nullptr;
    const Beat* b = e ? e->beat(now.beat) : nullptr;
    return StoryLoopError(e ? e->file : story.file, b ? b->spot.field("id") : 0,
                      "the story loops: beat '" + now.beat +
                          "' is reached again with nothing changed (the same customer, business, flags and story "
                          "flags), so play could go round for ever");
}

void LoopGuard::check_stage_entry(const Story& story, const Stage& from, const SessionState& before,
                                  const std::string& next) {
    Rest r = rest_of(before, true);
    r.stage = next;
    if (seen_before(entries_, entry_index_, std::move(r))) throw campaign_loop_error(story, from, next);
}

StoryLoopError campaign_loop_error(const Story& story, const Stage& from, const std::string& next) {
    return StoryLoopError(story.file, from.spot.field("next"),
                          "the campaign loops: stage '" + from.id + "' goes to stage '" + next +
                              "' again with nothing changed (the same story flags and outcomes), so play could go "
                              "round for ever");
}

void LoopGuard::clear() {
    rests_.clear();
    entries_.clear();
    rest_index_.clear();
    entry_index_.clear();
}

}  // namespace fd
