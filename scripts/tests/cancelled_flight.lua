-- Test plan for scripts/encounters/cancelled_flight.lua: time is short, so a sure
-- temporary settlement (compromise) beats a thorough search. Covers the best and worst
-- paths, every ending, and the campaign flags second_chance reads.
return tests {
  plan {
    name = "best path: a sure seat, a bed, and his choice to leave; he comes back a fan",
    file = "encounters/cancelled_flight.lua",
    always = "compromise",
    expect = {
      ending = "came_back", outcome = "won_back",
      trust_at_least = 60, trust_at_most = 75,
      flags = { booked = true, vouchers = true, held_seat = true },
      story = { passenger_respected = true },
    },
  },
  plan {
    name = "worst path: fobbed off, kept waiting, fudged, then threatened",
    file = "encounters/cancelled_flight.lua",
    choose = { "avoid", "collaborate", "compete", "avoid", "compete" },
    expect = { ending = "posted", outcome = "lost", trust_at_least = 0, trust_at_most = 5,
               story = { passenger_posted = true } },
  },
  plan {
    name = "always collaborating is honest but slow: kept, not won back",
    file = "encounters/cancelled_flight.lua",
    always = "collaborate",
    expect = { ending = "stayed", outcome = "kept", trust_at_least = 35, trust_at_most = 50,
               flags = { searched = true, compared = true },
               story = { passenger_respected = true } },
  },
  plan {
    name = "letting him go with nothing held: he leaves calmly, on his own",
    file = "encounters/cancelled_flight.lua",
    choose = { "compromise", "compromise", "avoid" },
    expect = { ending = "parted_calm", outcome = "parted", trust_at_least = 40, trust_at_most = 55,
               story = { passenger_respected = true } },
  },
  plan {
    name = "cancelling his backup to please him leaves him stranded",
    file = "encounters/cancelled_flight.lua",
    choose = { "compromise", "compromise", "accommodate" },
    expect = { ending = "stranded", outcome = "lost", trust_at_least = 40, trust_at_most = 60,
               flags = { cancelled_backup = true }, story = { passenger_posted = true } },
  },
  plan {
    name = "logging the storm as a technical fault comes back to bite",
    file = "encounters/cancelled_flight.lua",
    choose = { "compromise", "accommodate", "compromise" },
    expect = { ending = "clawback", outcome = "lost", trust_at_least = 40, trust_at_most = 60,
               flags = { falsified = true }, story = { passenger_posted = true } },
  },
  plan {
    name = "dodging the false-record request reads as a yes, and ends the same way",
    file = "encounters/cancelled_flight.lua",
    choose = { "compromise", "avoid", "compromise" },
    expect = { ending = "clawback", outcome = "lost", flags = { fudged = true },
               story = { passenger_posted = true } },
  },
  plan {
    name = "always avoiding sends him to social media",
    file = "encounters/cancelled_flight.lua",
    always = "avoid",
    expect = { ending = "posted", outcome = "lost", trust_at_least = 5, trust_at_most = 25,
               story = { passenger_posted = true } },
  },
  plan {
    name = "always competing: right about the rules, lost the passenger",
    file = "encounters/cancelled_flight.lua",
    always = "compete",
    expect = { ending = "posted", outcome = "lost", trust_at_least = 0, trust_at_most = 5,
               story = { passenger_posted = true } },
  },
  plan {
    name = "starting to bump a family gets the supervisor involved",
    file = "encounters/cancelled_flight.lua",
    always = "accommodate",
    expect = { ending = "bumped", outcome = "escalated", trust_at_least = 35, trust_at_most = 50,
               flags = { bumped_someone = true } },
  },
  plan {
    name = "fetching the manager hands over a problem you could have solved",
    file = "encounters/cancelled_flight.lua",
    choose = { "avoid", "accommodate" },
    expect = { ending = "manager", outcome = "escalated", trust_at_least = 20, trust_at_most = 35 },
  },
  plan {
    name = "a calm settlement after a bad start keeps him, but he won't be a fan",
    file = "encounters/cancelled_flight.lua",
    choose = { "compete", "compromise", "compromise", "compromise" },
    expect = { ending = "stayed", outcome = "kept", trust_at_least = 20, trust_at_most = 35,
               flags = { held_seat = true }, story = { passenger_respected = true } },
  },
}
