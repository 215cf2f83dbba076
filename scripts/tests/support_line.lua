-- Test plan for scripts/encounters/support_line.lua: plain words, consent and checking
-- understanding across a language gap. Covers the best and worst paths and every ending.
return tests {
  plan {
    name = "best path: slow plain words, her consent, a plan that fits her pension, checked back",
    file = "encounters/support_line.lua",
    always = "collaborate",
    expect = {
      ending = "seven_oclock", outcome = "won_back",
      trust_at_least = 65, trust_at_most = 85,
      flags = { plain_words = true, consent = true, plan = true, checked = true },
    },
  },
  plan {
    name = "worst path: rushed, security skipped, talked over, then held to the full payment",
    file = "encounters/support_line.lua",
    choose = { "avoid", "accommodate", "accommodate", "compete" },
    expect = { ending = "still_locked", outcome = "lost", trust_at_least = 0, trust_at_most = 15 },
  },
  plan {
    name = "a fair middle at every step keeps her, but nobody checks she understood",
    file = "encounters/support_line.lua",
    always = "compromise",
    expect = { ending = "sorted", outcome = "kept", trust_at_least = 45, trust_at_most = 55 },
  },
  plan {
    name = "over-familiar and going along with the grandson ends in a data complaint",
    file = "encounters/support_line.lua",
    always = "accommodate",
    expect = { ending = "complaint", outcome = "escalated", trust_at_least = 25, trust_at_most = 45,
               flags = { talked_over = true, too_familiar = true } },
  },
  plan {
    name = "rushing her at the start: she apologises and hangs up",
    file = "encounters/support_line.lua",
    always = "avoid",
    expect = { ending = "hung_up", outcome = "lost", trust_at_least = 15, trust_at_most = 30 },
  },
  plan {
    name = "a list of security questions at full speed loses her too",
    file = "encounters/support_line.lua",
    always = "compete",
    expect = { ending = "hung_up", outcome = "lost", trust_at_least = 15, trust_at_most = 30 },
  },
  plan {
    name = "booking an interpreter for tomorrow: she leaves on good terms, a day late",
    file = "encounters/support_line.lua",
    choose = { "compete", "compromise" },
    expect = { ending = "callback", outcome = "parted", trust_at_least = 30, trust_at_most = 45 },
  },
  plan {
    name = "refusing to move the payment date leaves her offline",
    file = "encounters/support_line.lua",
    choose = { "collaborate", "collaborate", "compete" },
    expect = { ending = "still_locked", outcome = "lost", trust_at_least = 30, trust_at_most = 45 },
  },
  plan {
    name = "unlocked, but the call left her confused: the family switches provider",
    file = "encounters/support_line.lua",
    choose = { "compete", "collaborate", "compete", "compromise", "compete" },
    expect = { ending = "switching", outcome = "lost", trust_at_least = 20, trust_at_most = 44 },
  },
  plan {
    name = "a good call closed with a pet name is kept, not won",
    file = "encounters/support_line.lua",
    choose = { "collaborate", "collaborate", "collaborate", "accommodate" },
    expect = { ending = "sorted", outcome = "kept", trust_at_least = 55, trust_at_most = 70,
               flags = { too_familiar = true } },
  },
}
