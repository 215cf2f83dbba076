-- Test plans for the worked example: the best and worst paths (as `frontdoor explore`
-- finds them), one plan per ending, and taking the fix she offers.
return tests {
  plan {
    name = "best path: admitting the mistake and tabling a rescue plan wins her back",
    file = "encounters/wrong_size.lua",
    choose = { "collaborate", "collaborate" },
    expect = { ending = "won_back", outcome = "won_back", trust_at_least = 62, trust_at_most = 68,
               flags = { admitted = true, rescue_plan = true }, story = { marisol_fan = true } },
  },
  plan {
    name = "worst path: defending our own error with the rules loses her, publicly",
    file = "encounters/wrong_size.lua",
    always = "compete",
    expect = { ending = "walk_out", outcome = "lost", trust_at_least = 5, trust_at_most = 15,
               story = { public_post = true } },
  },
  plan {
    name = "taking the fix she offers, after admitting the mistake, also wins her back",
    file = "encounters/wrong_size.lua",
    choose = { "collaborate", "accommodate" },
    expect = { ending = "won_back", outcome = "won_back", trust_at_least = 58, trust_at_most = 64,
               flags = { admitted = true, held = true } },
  },
  plan {
    name = "a fair middle keeps her, without the warmth",
    file = "encounters/wrong_size.lua",
    choose = { "collaborate", "compromise" },
    expect = { ending = "kept", outcome = "kept", trust_at_least = 50, trust_at_most = 56 },
  },
  plan {
    name = "hiding behind the web team and then the manager escalates",
    file = "encounters/wrong_size.lua",
    choose = { "avoid", "accommodate" },
    expect = { ending = "escalated", outcome = "escalated", trust_at_least = 30, trust_at_most = 40 },
  },
  plan {
    name = "owning it after a bad start keeps her, but does not win her back",
    file = "encounters/wrong_size.lua",
    choose = { "compete", "collaborate", "collaborate" },
    expect = { ending = "kept", outcome = "kept", trust_at_least = 45, trust_at_most = 50 },
  },
}
