// The rules of the game the engine applies to every effect (see scripts/README.md,
// "The rules the engine applies").
#pragma once
#include <string>

#include "encounter.hpp"
#include "state.hpp"

namespace fd {

// Money and reputation stay within these bounds (a save out of them is damaged):
// far beyond any campaign, far below where the sums would overflow.
constexpr long long kMaxMoney = 1'000'000'000'000;
constexpr int kMaxReputation = 1'000'000;

// A trust gain lands weaker while the wall is up; losses land in full.
int landed_trust_change(int change, int wall_before);
std::string mood_step(const std::string& mood, int steps);
int mood_rank(const std::string& mood);

// Applies plain effect values (already resolved from any function) to the state.
void apply_effects(const Effects& fx, SessionState& s);

// "" when `adding` fits beside `have` within the limit on the number of flags;
// else what is wrong, naming the field ("flags" or "story") and the limit.
std::string flags_room_problem(const Flags& have, const Flags& adding, const std::string& field);

// Money the outcome moves: kept/won_back keep the customer's value, lost loses it.
long long outcome_money(const std::string& outcome, int customer_value);

}  // namespace fd
