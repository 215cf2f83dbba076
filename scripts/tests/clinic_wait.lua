-- Test plan for scripts/encounters/clinic_wait.lua: the best and worst paths, every
-- ending, and the campaign flag that brings Marisol Reyes (wrong_size) out to help.
return tests {
  plan {
    name = "best path: empathy first, the rule held with tact, nobody has to choose",
    file = "encounters/clinic_wait.lua",
    always = "collaborate",
    expect = {
      ending = "thank_you", outcome = "won_back",
      trust_at_least = 60, trust_at_most = 75,
      flags = { validated = true, asked_ward = true },
    },
  },
  plan {
    name = "worst path: threatened, then told 'routine', then a hungry child made to wait",
    file = "encounters/clinic_wait.lua",
    choose = { "compete", "avoid", "accommodate", "compete" },
    expect = { ending = "complaint", outcome = "escalated", trust_at_least = 0, trust_at_most = 10,
               flags = { disclosed = true } },
  },
  plan {
    name = "a fair middle at every step keeps him, without winning him",
    file = "encounters/clinic_wait.lua",
    always = "compromise",
    expect = { ending = "settled", outcome = "kept", trust_at_least = 45, trust_at_most = 55 },
  },
  plan {
    name = "guessing at the result turns a clear scan into a complaint",
    file = "encounters/clinic_wait.lua",
    always = "accommodate",
    expect = { ending = "complaint", outcome = "escalated", trust_at_least = 15, trust_at_most = 35,
               flags = { disclosed = true, promised_next = true } },
  },
  plan {
    name = "brushing him off at every step loses the family to another hospital",
    file = "encounters/clinic_wait.lua",
    always = "avoid",
    expect = { ending = "transferred", outcome = "lost", trust_at_least = 5, trust_at_most = 25 },
  },
  plan {
    name = "threatening security makes him walk out before the doctor",
    file = "encounters/clinic_wait.lua",
    always = "compete",
    expect = { ending = "walked_out", outcome = "lost", trust_at_least = 0, trust_at_most = 10 },
  },
  plan {
    name = "giving way to the loudest voice walks into another family's consultation",
    file = "encounters/clinic_wait.lua",
    choose = { "compete", "accommodate" },
    expect = { ending = "interrupted", outcome = "escalated", trust_at_least = 20, trust_at_most = 35,
               flags = { barged_in = true } },
  },
  plan {
    name = "owning the brush-off recovers a bad start, but not all the way",
    file = "encounters/clinic_wait.lua",
    choose = { "avoid", "collaborate", "collaborate", "collaborate" },
    expect = { ending = "settled", outcome = "kept", trust_at_least = 45, trust_at_most = 59,
               flags = { validated = true } },
  },
  plan {
    name = "Marisol as a fan backs you up on the ward",
    file = "encounters/clinic_wait.lua",
    always = "collaborate",
    story = { marisol_fan = true },
    expect = { ending = "thank_you", outcome = "won_back", trust_at_least = 70, trust_at_most = 85,
               flags = { marisol_helped = true } },
  },
  plan {
    name = "if wrong_size lost Marisol, she is cool: the same good play is kept, not won back",
    file = "encounters/clinic_wait.lua",
    always = "collaborate",
    story = { public_post = true },   -- set only on wrong_size paths that lose her
    expect = { ending = "settled", outcome = "kept", trust_at_least = 50, trust_at_most = 59,
               flags = { marisol_cool = true } },
  },
  plan {
    name = "losing Marisol at the store without a public post still cools her",
    file = "encounters/clinic_wait.lua",
    always = "collaborate",
    outcomes = { wrong_size = "lost" },
    expect = { ending = "settled", outcome = "kept", trust_at_least = 50, trust_at_most = 59,
               flags = { marisol_cool = true } },
  },
  plan {
    name = "Marisol as a fan still can't rescue a guess about the result",
    file = "encounters/clinic_wait.lua",
    always = "accommodate",
    story = { marisol_fan = true },
    expect = { ending = "complaint", outcome = "escalated", trust_at_least = 25, trust_at_most = 40 },
  },
}
