// Loop detection for Session: see loop_guard.hpp.
#include "loop_guard.hpp"

#include <functional>

namespace fd {

bool LoopGuard::Rest::operator==(const Rest& o) const {
    return stage == o.stage && beat == o.beat && customer == o.customer && business == o.business &&
           flags == o.flags && story == o.story && outcomes == o.outcomes && rng == o.rng;
}

LoopGuard::Rest LoopGuard::entry_of(const SessionState& s, const std::string& stage) {
    Rest r;
    r.stage = stage;  // a stage starts afresh: the rest is the encounter's own start
    r.story = s.story;
    r.outcomes = s.outcomes;
    r.rng = s.rng;
    return r;
}

LoopGuard::Rest LoopGuard::taken_from(SessionState& s) {
    return Rest{std::move(s.stage),   std::move(s.beat),  std::move(s.customer), s.business,
                std::move(s.flags),   std::move(s.story), std::move(s.outcomes), s.rng};
}

bool LoopGuard::same(const Rest& r, const SessionState& s) {
    return r.stage == s.stage && r.beat == s.beat && r.customer == s.customer && r.business == s.business &&
           r.flags == s.flags && r.story == s.story && r.outcomes == s.outcomes && r.rng == s.rng;
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
bool same_rest(const SessionState& a, const SessionState& b) {
    return a.stage == b.stage && a.beat == b.beat && a.customer == b.customer && a.business == b.business &&
           a.flags == b.flags && a.story == b.story && a.outcomes == b.outcomes && a.rng == b.rng;
}

bool at_ending(const Story& story, const SessionState& s) {
    const Stage* st = story.stage(s.stage);
    const Beat* b = st ? st->encounter->beat(s.beat) : nullptr;
    return b && b->kind == BeatKind::Ending;
}
}  // namespace

std::size_t LoopGuard::hash_of(const std::string& stage, const std::string& beat, const CustomerState& c,
                               const BusinessState& b, const Flags& flags, const Flags& story,
                               const std::map<std::string, std::string>& outcomes, std::uint64_t rng) {
    std::size_t h = std::hash<std::string>{}(stage);
    mix(h, std::hash<std::string>{}(beat));
    mix(h, static_cast<std::size_t>(c.trust));
    mix(h, static_cast<std::size_t>(c.wall));
    mix(h, std::hash<std::string>{}(c.mood));
    mix(h, static_cast<std::size_t>(b.money));
    mix(h, static_cast<std::size_t>(b.reputation));
    mix_flags(h, flags);
    mix_flags(h, story);
    for (const auto& [k, v] : outcomes) {
        mix(h, std::hash<std::string>{}(k));
        mix(h, std::hash<std::string>{}(v));
    }
    mix(h, static_cast<std::size_t>(rng));
    return h;
}

std::size_t LoopGuard::hash_of(const Rest& r) {
    return hash_of(r.stage, r.beat, r.customer, r.business, r.flags, r.story, r.outcomes, r.rng);
}

std::size_t LoopGuard::hash_of(const SessionState& s) {
    return hash_of(s.stage, s.beat, s.customer, s.business, s.flags, s.story, s.outcomes, s.rng);
}

bool LoopGuard::rested_at(const SessionState& now) {
    if (!first_) return false;
    if (!first_->hashed) first_->hash = hash_of(first_->rest), first_->hashed = true;
    std::size_t h = hash_of(now);
    if (first_->hash == h && same(first_->rest, now)) return true;
    for (const Stored& s : rests_)
        if (s.hash == h && same(s.rest, now)) return true;
    return false;
}

void LoopGuard::check_rest(const Story& story, SessionState& before, const SessionState& now) {
    bool again = !now.finished && (same_rest(before, now) || rested_at(now));
    if (again && !at_ending(story, now)) throw story_loop_error(story, now);
    // `now` becomes the next move's `before`, remembered then; a state rewound or edited
    // by hand clears the guard, so nothing is missed.
    if (!first_)
        first_ = Stored{0, false, taken_from(before)};
    else
        rests_.push_back({hash_of(before), true, taken_from(before)});
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
    Rest r = entry_of(before, next);
    std::size_t h = hash_of(r);
    for (const Stored& s : entries_)
        if (s.hash == h && s.rest == r) throw campaign_loop_error(story, from, next);
    entries_.push_back({h, true, std::move(r)});
}

StoryLoopError campaign_loop_error(const Story& story, const Stage& from, const std::string& next) {
    return StoryLoopError(story.file, from.spot.field("next"),
                          "the campaign loops: stage '" + from.id + "' goes to stage '" + next +
                              "' again with nothing changed (the same story flags and outcomes), so play could go "
                              "round for ever");
}

void LoopGuard::clear() {
    first_.reset();
    rests_.clear();
    entries_.clear();
}

}  // namespace fd
