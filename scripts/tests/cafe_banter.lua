-- Test plan for encounters/cafe_banter.lua: the best and worst paths, every ending, and the
-- balance target (avoid fits the public moments, accommodate his own wish at the table,
-- collaborate the back-room talk and compete the joke's return; always-accommodate ends with
-- the highest trust of the five modes, always-avoid just behind).
return tests {
  plan {
    name = "best path: let the joke pass, do as he asks at the table, postpone in the rush, then coach Jordan",
    file = "encounters/cafe_banter.lua",
    choose = { "avoid", "accommodate", "avoid", "collaborate" },
    expect = {
      ending = "regular", outcome = "won_back",
      trust_at_least = 75, trust_at_most = 90,
      flags = { respected = true, postponed = true, coached = true },
    },
  },
  plan {
    name = "always avoid never answers his wish at the table and drops the back-room talk: kept, not won back",
    file = "encounters/cafe_banter.lua",
    always = "avoid",
    expect = {
      ending = "kept_quiet", outcome = "kept",
      trust_at_least = 55, trust_at_most = 62,
      flags = { respected = false, dropped = true },
    },
  },
  plan {
    name = "always collaborate talks about his hand in public and lands well below always avoid",
    file = "encounters/cafe_banter.lua",
    always = "collaborate",
    expect = {
      ending = "kept_quiet", outcome = "kept",
      trust_at_least = 50, trust_at_most = 56,
      flags = { spotlight = true, pried = true, coached = true },
    },
  },
  plan {
    name = "always accommodate excuses Jordan, the joke comes back, and only an apology keeps Teodor",
    file = "encounters/cafe_banter.lua",
    always = "accommodate",
    expect = {
      ending = "kept_quiet", outcome = "kept",
      trust_at_least = 58, trust_at_most = 66,
      flags = { excused = true },
    },
  },
  plan {
    name = "always compromise joins the banter and he takes his coffee elsewhere",
    file = "encounters/cafe_banter.lua",
    always = "compromise",
    expect = {
      ending = "moved_on", outcome = "lost",
      trust_at_least = 40, trust_at_most = 49,
      flags = { joined = true },
    },
  },
  plan {
    name = "always compete turns the joke into a row and he walks out",
    file = "encounters/cafe_banter.lua",
    always = "compete",
    expect = {
      ending = "walked_out", outcome = "lost",
      trust_at_least = 30, trust_at_most = 45,
      flags = { row = true },
    },
  },
  plan {
    name = "worst path: a public row, a lecture he asked you not to give, then shrugging off the repeat",
    file = "encounters/cafe_banter.lua",
    choose = { "compete", "compromise", "compete", "collaborate", "accommodate", "avoid" },
    expect = {
      ending = "moved_on", outcome = "lost",
      trust_at_least = 5, trust_at_most = 25,
    },
  },
  plan {
    name = "letting it pass a second time, after he names it, loses him",
    file = "encounters/cafe_banter.lua",
    choose = { "avoid", "avoid", "accommodate", "avoid" },
    expect = {
      ending = "moved_on", outcome = "lost",
      trust_at_least = 40, trust_at_most = 52,
      flags = { excused = true },
    },
  },
  plan {
    name = "when the joke comes back, decisive action keeps him",
    file = "encounters/cafe_banter.lua",
    choose = { "avoid", "avoid", "accommodate", "compete" },
    expect = {
      ending = "kept_quiet", outcome = "kept",
      trust_at_least = 55, trust_at_most = 70,
    },
  },
  plan {
    name = "a firm rule in the back room keeps him, but Jordan goes cold",
    file = "encounters/cafe_banter.lua",
    choose = { "avoid", "avoid", "avoid", "compete" },
    expect = {
      ending = "kept_quiet", outcome = "kept",
      trust_at_least = 65, trust_at_most = 76,
      flags = { told = true },
    },
  },
  plan {
    name = "a public rebuke can still be recovered by cooling down and coaching",
    file = "encounters/cafe_banter.lua",
    choose = { "compete", "avoid", "accommodate", "avoid", "collaborate" },
    expect = {
      ending = "regular", outcome = "won_back",
      trust_at_least = 65, trust_at_most = 72,
      flags = { row = true, coached = true },
    },
  },
}
