-- Test plans for the worked example: one per ending, plus the best and worst paths.
return tests {
  plan {
    name = "admitting the mistake and tabling a rescue plan wins her back",
    file = "encounters/wrong_size.lua",
    choose = { "collaborate", "collaborate" },
    expect = { ending = "won_back", outcome = "won_back", trust_at_least = 60, flags = { admitted = true, rescue_plan = true } },
  },
  plan {
    name = "a fair middle keeps her, without the warmth",
    file = "encounters/wrong_size.lua",
    choose = { "collaborate", "compromise" },
    expect = { ending = "kept", trust_at_least = 45, trust_at_most = 59 },
  },
  plan {
    name = "hiding behind the web team and then the manager escalates",
    file = "encounters/wrong_size.lua",
    choose = { "avoid", "accommodate" },
    expect = { ending = "escalated", trust_at_most = 40 },
  },
  plan {
    name = "defending our own error with the rules loses her, publicly",
    file = "encounters/wrong_size.lua",
    always = "compete",
    expect = { ending = "walk_out", outcome = "lost", trust_at_most = 15, story = { public_post = true } },
  },
}
