-- Test plans for scripts/encounters/second_chance.lua (Second Chance, the finale).
-- Strongest single mode: accommodate (we were wrong, and the relationship matters more
-- than the fee), but collaborate fits the blazer order and the broken promise (Ines's
-- diary matters too), and compete the staff-discount favour. Covers the best and worst
-- paths (as `frontdoor explore` finds them, and overall with campaign flags), every
-- intro cancelled_flight can lead to, and what room_key leaves you remembering.
return tests {
  plan {
    name = "stranger, best path: own the promise and work out a fitting with him, waive the fee, hold the line on the discount",
    file = "encounters/second_chance.lua",
    choose = { "collaborate", "accommodate", "compete" },
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 66, trust_at_most = 72,
               flags = { owned = true, fee_waived = true } },
  },
  plan {
    name = "stranger, worst path: quote the sign, then the rule at the door",
    file = "encounters/second_chance.lua",
    always = "compete",
    expect = { ending = "walks_out", outcome = "lost", trust_at_least = 15, trust_at_most = 25 },
  },
  plan {
    name = "stranger: always accommodate is the strongest single mode, but the discount costs the shop",
    file = "encounters/second_chance.lua",
    always = "accommodate",
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 62, trust_at_most = 70,
               flags = { owned = true, fee_waived = true, staff_discount = true } },
  },
  plan {
    name = "stranger: always collaborate is kept but asks too much of his time",
    file = "encounters/second_chance.lua",
    always = "collaborate",
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 56, trust_at_most = 64,
               flags = { second_trip = true } },
  },
  plan {
    name = "stranger: always avoid lets him choose to leave, civilly",
    file = "encounters/second_chance.lua",
    always = "avoid",
    expect = { ending = "parted", outcome = "parted", trust_at_least = 30, trust_at_most = 40 },
  },
  plan {
    name = "best path overall: the fan who came back brings the blazer order",
    file = "encounters/second_chance.lua",
    choose = { "collaborate", "collaborate", "accommodate", "compete" },
    story = { passenger_fan = true, passenger_respected = true },
    expect = { ending = "biggest_fan", outcome = "won_back", trust_at_least = 92, trust_at_most = 100,
               flags = { fan = true, order_taken = true, fee_waived = true } },
  },
  plan {
    name = "fan: always compromise does not quite keep him a fan",
    file = "encounters/second_chance.lua",
    always = "compromise",
    story = { passenger_fan = true, held_the_line = true },
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 60, trust_at_most = 68,
               flags = { fan = true, practised_no = true } },
  },
  plan {
    name = "critic: apologising for that night turns the post around",
    file = "encounters/second_chance.lua",
    choose = { "accommodate", "accommodate", "accommodate", "compete" },
    story = { passenger_posted = true },
    expect = { ending = "post_updated", outcome = "won_back", trust_at_least = 58, trust_at_most = 66,
               flags = { critic = true, apologised = true } },
  },
  plan {
    name = "critic: always collaborate relives the night instead of apologising: kept, his post stands",
    file = "encounters/second_chance.lua",
    always = "collaborate",
    story = { passenger_posted = true, gave_key = true },
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 40, trust_at_most = 50,
               flags = { critic = true, grace_watching = true } },
  },
  plan {
    name = "worst path overall: the critic is told his post left things out",
    file = "encounters/second_chance.lua",
    choose = { "compromise", "compete", "compete" },
    story = { passenger_posted = true },
    expect = { ending = "second_post", outcome = "lost", trust_at_least = 0, trust_at_most = 5 },
  },
  plan {
    name = "he remembers you nearly bumping a family for him, and respects the no to the favour",
    file = "encounters/second_chance.lua",
    choose = { "collaborate", "accommodate", "compete" },
    story = { passenger_bumped = true },
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 74, trust_at_most = 80,
               flags = { bumped_memory = true } },
  },
  plan {
    name = "he remembers you fetching the manager: the same good play lands lower",
    file = "encounters/second_chance.lua",
    choose = { "collaborate", "accommodate", "compete" },
    story = { passenger_handed_over = true },
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 59, trust_at_most = 65,
               flags = { handed_memory = true } },
  },
  plan {
    name = "he remembers you were fair that night",
    file = "encounters/second_chance.lua",
    always = "collaborate",
    story = { passenger_respected = true, held_the_line = true },
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 62, trust_at_most = 68,
               flags = { met = true, practised_no = true } },
  },
  plan {
    name = "after the hotel key, Grace is on the floor and voids the staff discount",
    file = "encounters/second_chance.lua",
    always = "accommodate",
    story = { passenger_bumped = true, gave_key = true },
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 62, trust_at_most = 70,
               flags = { grace_watching = true, staff_discount = true } },
  },
}
