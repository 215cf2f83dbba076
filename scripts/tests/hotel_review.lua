-- Test plans for scripts/encounters/hotel_review.lua (One Star).
-- Named winning single-mode strategy: compromise (temporary settlement, time short), though
-- the best first answer is to own the overbooking (accommodate: we are in the wrong).
return tests {
  plan {
    name = "best path: own the overbooking, then settle fast and keep her stock safe",
    file = "encounters/hotel_review.lua",
    choose = { "accommodate", "compromise", "compromise" },
    expect = { ending = "recommended", outcome = "won_back", trust_at_least = 75, trust_at_most = 85,
               flags = { admitted = true, deal = true, stock_safe = true } },
  },
  plan {
    name = "always compromise is the strongest single mode and wins her back",
    file = "encounters/hotel_review.lua",
    always = "compromise",
    expect = { ending = "recommended", outcome = "won_back", trust_at_least = 72, trust_at_most = 82,
               flags = { deal = true, stock_safe = true } },
  },
  plan {
    name = "always collaborate searches too long: the held room lapses, she is only kept",
    file = "encounters/hotel_review.lua",
    always = "collaborate",
    expect = { ending = "kept", outcome = "kept", trust_at_least = 52, trust_at_most = 65,
               flags = { searched = true } },
  },
  plan {
    name = "always accommodate wakes the guest in 214 and the manager takes over",
    file = "encounters/hotel_review.lua",
    always = "accommodate",
    expect = { ending = "escalated", outcome = "escalated", trust_at_least = 45, trust_at_most = 58,
               flags = { woke_guest = true } },
  },
  plan {
    name = "worst path (explore's): quoting the terms, a shrug at the threat, then threatening back",
    file = "encounters/hotel_review.lua",
    choose = { "compete", "avoid", "compete" },
    expect = { ending = "one_star", outcome = "lost", trust_at_least = 0, trust_at_most = 5 },
  },
  plan {
    name = "always compete: quoting the terms and threatening back ends in the one-star post",
    file = "encounters/hotel_review.lua",
    always = "compete",
    expect = { ending = "one_star", outcome = "lost", trust_at_least = 0, trust_at_most = 5 },
  },
  plan {
    name = "always avoid lets the post go up",
    file = "encounters/hotel_review.lua",
    always = "avoid",
    expect = { ending = "one_star", outcome = "lost", trust_at_least = 5, trust_at_most = 20 },
  },
  plan {
    name = "a firm no to moving another guest, with the Carrow offer, still wins her back",
    file = "encounters/hotel_review.lua",
    choose = { "accommodate", "accommodate", "compete", "compromise" },
    expect = { ending = "recommended", outcome = "won_back", trust_at_least = 70, trust_at_most = 80,
               flags = { deal = true } },
  },
  plan {
    name = "admitting it at the last moment pulls her back from the post",
    file = "encounters/hotel_review.lua",
    choose = { "avoid", "avoid", "collaborate", "compromise" },
    expect = { ending = "kept", outcome = "kept", trust_at_least = 40, trust_at_most = 48,
               flags = { admitted = true } },
  },
  plan {
    name = "primed by the public post: owning it first, then settling fast, only just wins her back",
    file = "encounters/hotel_review.lua",
    choose = { "accommodate", "compromise", "compromise" },
    story = { public_post = true },
    expect = { ending = "recommended", outcome = "won_back", trust_at_least = 55, trust_at_most = 60,
               flags = { primed = true } },
  },
  plan {
    name = "primed by the public post: leading with the plan, before owning the mistake, is kept, not won back",
    file = "encounters/hotel_review.lua",
    always = "compromise",
    story = { public_post = true },
    expect = { ending = "kept", outcome = "kept", trust_at_least = 48, trust_at_most = 56,
               flags = { primed = true, told_plan = true } },
  },
  plan {
    name = "primed by the passenger's post: always collaborate searches too long and she posts",
    file = "encounters/hotel_review.lua",
    always = "collaborate",
    story = { passenger_posted = true },
    expect = { ending = "one_star", outcome = "lost", trust_at_least = 34, trust_at_most = 42,
               flags = { primed = true } },
  },
}
