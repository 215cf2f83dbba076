-- Test plans for scripts/encounters/second_chance.lua (Second Chance, the finale).
-- Named winning single-mode strategy: accommodate (the relationship matters more than
-- the point), except at the staff-discount favour, where compete fits.
return tests {
  plan {
    name = "stranger: always accommodate is the strongest single mode, but the discount costs the store",
    file = "encounters/second_chance.lua",
    always = "accommodate",
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 62, trust_at_most = 72,
               flags = { owned = true, fee_waived = true, staff_discount = true } },
  },
  plan {
    name = "stranger best path: own the promise, waive the fee, hold the line on the discount",
    file = "encounters/second_chance.lua",
    choose = { "accommodate", "accommodate", "compete" },
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 64, trust_at_most = 74,
               flags = { owned = true, fee_waived = true } },
  },
  plan {
    name = "stranger: always collaborate is kept but asks too much of his time",
    file = "encounters/second_chance.lua",
    always = "collaborate",
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 50, trust_at_most = 60,
               flags = { second_trip = true } },
  },
  plan {
    name = "stranger: always avoid lets him choose to leave, civilly",
    file = "encounters/second_chance.lua",
    always = "avoid",
    expect = { ending = "parted", outcome = "parted", trust_at_least = 30, trust_at_most = 42 },
  },
  plan {
    name = "worst stranger path: quote the sign, then the rule at the door",
    file = "encounters/second_chance.lua",
    always = "compete",
    expect = { ending = "walks_out", outcome = "lost", trust_at_least = 15, trust_at_most = 25 },
  },
  plan {
    name = "best path overall: the fan asks for you by name and brings the blazer order",
    file = "encounters/second_chance.lua",
    choose = { "accommodate", "accommodate", "accommodate", "compete" },
    story = { passenger_respected = true },
    expect = { ending = "biggest_fan", outcome = "won_back", trust_at_least = 92, trust_at_most = 100,
               flags = { fan = true, order_taken = true, fee_waived = true } },
  },
  plan {
    name = "fan: always compromise does not quite keep him a fan",
    file = "encounters/second_chance.lua",
    always = "compromise",
    story = { passenger_respected = true, held_the_line = true },
    expect = { ending = "ready_monday", outcome = "kept", trust_at_least = 58, trust_at_most = 70,
               flags = { fan = true } },
  },
  plan {
    name = "critic: apologising for that night turns the post around",
    file = "encounters/second_chance.lua",
    choose = { "accommodate", "accommodate", "accommodate", "compete" },
    story = { passenger_posted = true },
    expect = { ending = "post_updated", outcome = "won_back", trust_at_least = 56, trust_at_most = 66,
               flags = { critic = true, apologised = true } },
  },
  plan {
    name = "critic: always collaborate relives the night and earns a second post",
    file = "encounters/second_chance.lua",
    always = "collaborate",
    story = { passenger_posted = true, gave_key = true },
    expect = { ending = "second_post", outcome = "lost", trust_at_least = 34, trust_at_most = 44,
               flags = { critic = true } },
  },
  plan {
    name = "worst path overall: the critic is told his post left things out",
    file = "encounters/second_chance.lua",
    choose = { "compromise", "compete", "compete" },
    story = { passenger_posted = true },
    expect = { ending = "second_post", outcome = "lost", trust_at_least = 0, trust_at_most = 5 },
  },
}
