#include "rules.hpp"

#include <algorithm>

#include "limits.hpp"
#include "vocabulary.hpp"

namespace fd {

int landed_trust_change(int change, int wall_before) {
    if (change <= 0) return change;
    return change * (100 - std::clamp(wall_before, 0, 100)) / 100;
}

int mood_rank(const std::string& mood) {
    auto it = std::find(kMoods.begin(), kMoods.end(), mood);
    return it == kMoods.end() ? 4 : static_cast<int>(it - kMoods.begin());
}

std::string mood_step(const std::string& mood, int steps) {
    int r = std::clamp(mood_rank(mood) + steps, 0, static_cast<int>(kMoods.size()) - 1);
    return kMoods[static_cast<std::size_t>(r)];
}

void apply_effects(const Effects& fx, SessionState& s) {
    int before = s.customer.trust;
    s.customer.trust = std::clamp(before + landed_trust_change(fx.trust, s.customer.wall), 0, 100);
    s.customer.wall = std::clamp(s.customer.wall + fx.wall, 0, 100);
    int landed = s.customer.trust - before;
    if (fx.mood)
        s.customer.mood = *fx.mood;
    else if (landed >= 5)
        s.customer.mood = mood_step(s.customer.mood, 1);
    else if (landed <= -5)
        s.customer.mood = mood_step(s.customer.mood, -1);
    s.business.money = std::clamp(s.business.money + fx.money, -kMaxMoney, kMaxMoney);
    s.business.reputation = std::clamp(s.business.reputation + fx.reputation, -kMaxReputation, kMaxReputation);
    for (const auto& [k, v] : fx.flags) s.flags[k] = v;
    for (const auto& [k, v] : fx.story) s.story[k] = v;
}

std::string flags_room_problem(const Flags& have, const Flags& adding, const std::string& field) {
    std::size_t total = have.size();
    for (const auto& entry : adding) total += have.count(entry.first) ? 0 : 1;
    if (total <= kFlagCountLimit.max) return "";
    return "'" + field + "' would hold " + std::to_string(total) + " flags: " + over_limit(kFlagCountLimit, total);
}

long long outcome_money(const std::string& outcome, int customer_value) {
    if (outcome == "kept" || outcome == "won_back") return customer_value;
    if (outcome == "lost") return -static_cast<long long>(customer_value);
    return 0;
}

}  // namespace fd
