-- Test plan for scripts/encounters/cancelled_flight.lua: in a crisis a clear no plus firm
-- action (compete) is the strongest single mode; at the end a held seat (compromise)
-- lets him choose to leave and come back a fan. Covers the best and worst paths (as
-- `frontdoor explore` finds them), every ending, and the flags second_chance reads.
return tests {
  plan {
    name = "best path: a clear no and a sure seat, the record kept honest, then his choice to leave",
    file = "encounters/cancelled_flight.lua",
    choose = { "compete", "compete", "compromise" },
    expect = {
      ending = "came_back", outcome = "won_back",
      trust_at_least = 62, trust_at_most = 70,
      flags = { booked = true, vouchers = true, held_seat = true },
      story = { passenger_respected = true, passenger_fan = true },
    },
  },
  plan {
    name = "worst path: fobbed off, kept waiting by a search, then told there's nothing",
    file = "encounters/cancelled_flight.lua",
    choose = { "avoid", "collaborate", "avoid" },
    expect = { ending = "posted", outcome = "lost", trust_at_least = 8, trust_at_most = 14,
               story = { passenger_posted = true } },
  },
  plan {
    name = "always compete is the strongest single mode: kept, though pressing him to stay is no fan-maker",
    file = "encounters/cancelled_flight.lua",
    always = "compete",
    expect = { ending = "stayed", outcome = "kept", trust_at_least = 45, trust_at_most = 51,
               flags = { pressed = true }, story = { passenger_respected = true } },
  },
  plan {
    name = "always collaborating is honest but slow: kept, not won back",
    file = "encounters/cancelled_flight.lua",
    always = "collaborate",
    expect = { ending = "stayed", outcome = "kept", trust_at_least = 36, trust_at_most = 43,
               flags = { searched = true, compared = true },
               story = { passenger_respected = true } },
  },
  plan {
    name = "always compromise is the right offer, too slowly and too sweetened: kept",
    file = "encounters/cancelled_flight.lua",
    always = "compromise",
    expect = { ending = "stayed", outcome = "kept", trust_at_least = 40, trust_at_most = 46,
               flags = { held_seat = true } },
  },
  plan {
    name = "letting him go with nothing held: he leaves calmly, on his own",
    file = "encounters/cancelled_flight.lua",
    choose = { "compete", "compete", "avoid" },
    expect = { ending = "parted_calm", outcome = "parted", trust_at_least = 44, trust_at_most = 50,
               story = { passenger_respected = false, passenger_posted = false } },
  },
  plan {
    name = "cancelling his backup to please him leaves him stranded",
    file = "encounters/cancelled_flight.lua",
    choose = { "compete", "compete", "accommodate" },
    expect = { ending = "stranded", outcome = "lost", trust_at_least = 45, trust_at_most = 55,
               flags = { cancelled_backup = true }, story = { passenger_posted = true } },
  },
  plan {
    name = "logging the storm as a technical fault comes back to bite",
    file = "encounters/cancelled_flight.lua",
    choose = { "compete", "accommodate", "compromise" },
    expect = { ending = "clawback", outcome = "lost", trust_at_least = 48, trust_at_most = 56,
               flags = { falsified = true }, story = { passenger_posted = true } },
  },
  plan {
    name = "dodging the false-record request reads as a yes, and ends the same way",
    file = "encounters/cancelled_flight.lua",
    choose = { "compete", "avoid", "compromise" },
    expect = { ending = "clawback", outcome = "lost", trust_at_least = 42, trust_at_most = 50,
               flags = { fudged = true }, story = { passenger_posted = true } },
  },
  plan {
    name = "always avoiding sends him to social media",
    file = "encounters/cancelled_flight.lua",
    always = "avoid",
    expect = { ending = "posted", outcome = "lost", trust_at_least = 10, trust_at_most = 20,
               story = { passenger_posted = true } },
  },
  plan {
    name = "starting to bump a family gets the supervisor involved, and he remembers",
    file = "encounters/cancelled_flight.lua",
    always = "accommodate",
    expect = { ending = "bumped", outcome = "escalated", trust_at_least = 25, trust_at_most = 35,
               flags = { bumped_someone = true }, story = { passenger_bumped = true } },
  },
  plan {
    name = "fetching the manager hands over a problem you could have solved, and he remembers",
    file = "encounters/cancelled_flight.lua",
    choose = { "avoid", "accommodate" },
    expect = { ending = "manager", outcome = "escalated", trust_at_least = 22, trust_at_most = 30,
               story = { passenger_handed_over = true } },
  },
}
