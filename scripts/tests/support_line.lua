-- Test plan for scripts/encounters/support_line.lua: plain words, consent, a fair split
-- inside the rule's own give before seven, and doing the check her way. Covers the best
-- and worst paths (as `frontdoor explore` finds them) and every ending.
return tests {
  plan {
    name = "best path: slow plain words, her consent, a split she can afford, a summary in Ukrainian",
    file = "encounters/support_line.lua",
    choose = { "accommodate", "collaborate", "compromise", "accommodate" },
    expect = {
      ending = "seven_oclock", outcome = "won_back",
      trust_at_least = 70, trust_at_most = 76,
      flags = { plain_words = true, consent = true, checked = true },
    },
  },
  plan {
    name = "worst path: rushed, security skipped, talked over, then held to the full payment",
    file = "encounters/support_line.lua",
    choose = { "avoid", "accommodate", "accommodate", "compete" },
    expect = { ending = "still_locked", outcome = "lost", trust_at_least = 5, trust_at_most = 15,
               flags = { skipped_checks = true, talked_over = true } },
  },
  plan {
    name = "always compromise is the strongest single mode: online by seven, kept",
    file = "encounters/support_line.lua",
    always = "compromise",
    expect = { ending = "sorted", outcome = "kept", trust_at_least = 60, trust_at_most = 64,
               flags = { speaker = true, plan = true } },
  },
  plan {
    name = "always collaborate is respectful but slow, and quizzes a teacher: kept, lower",
    file = "encounters/support_line.lua",
    always = "collaborate",
    expect = { ending = "sorted", outcome = "kept", trust_at_least = 55, trust_at_most = 60,
               flags = { consent = true, checked = true } },
  },
  plan {
    name = "a good start, then going along with the grandson, ends in a data complaint",
    file = "encounters/support_line.lua",
    always = "accommodate",
    expect = { ending = "complaint", outcome = "escalated", trust_at_least = 38, trust_at_most = 50,
               flags = { talked_over = true, plain_words = true } },
  },
  plan {
    name = "rushing her at the start: she goes to find someone who can speak slowly",
    file = "encounters/support_line.lua",
    always = "avoid",
    expect = { ending = "hung_up", outcome = "lost", trust_at_least = 20, trust_at_most = 30 },
  },
  plan {
    name = "a list of security questions at full speed loses her too",
    file = "encounters/support_line.lua",
    always = "compete",
    expect = { ending = "hung_up", outcome = "lost", trust_at_least = 20, trust_at_most = 30 },
  },
  plan {
    name = "booking an interpreter for tomorrow: she leaves on good terms, a day late",
    file = "encounters/support_line.lua",
    choose = { "compete", "compromise" },
    expect = { ending = "callback", outcome = "parted", trust_at_least = 33, trust_at_most = 40 },
  },
  plan {
    name = "demanding more than the rule asks leaves her offline",
    file = "encounters/support_line.lua",
    choose = { "collaborate", "collaborate", "compete" },
    expect = { ending = "still_locked", outcome = "lost", trust_at_least = 35, trust_at_most = 44 },
  },
  plan {
    name = "unlocked, but the call left her talked down to: the family switches provider",
    file = "encounters/support_line.lua",
    choose = { "compete", "collaborate", "compete", "compromise", "compete" },
    expect = { ending = "switching", outcome = "lost", trust_at_least = 25, trust_at_most = 40 },
  },
  plan {
    name = "a good call closed in a rush is kept, not won",
    file = "encounters/support_line.lua",
    choose = { "collaborate", "collaborate", "compromise", "avoid" },
    expect = { ending = "sorted", outcome = "kept", trust_at_least = 55, trust_at_most = 62,
               flags = { rushed = true } },
  },
}
