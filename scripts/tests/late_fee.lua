-- Test plan for encounters/late_fee.lua: the best and worst paths (as `frontdoor explore`
-- finds them), every ending, and the balance target: accommodate fits where the bank was
-- wrong, avoid where the statements can wait, compete where Pauline's account must not be
-- touched; always-accommodate pays from her account and is only kept.
return tests {
  plan {
    name = "best path: look together, refund it, leave the statements for another day, a plain no on Pauline's account",
    file = "encounters/late_fee.lua",
    choose = { "collaborate", "accommodate", "avoid", "compete" },
    expect = {
      ending = "bent_well", outcome = "won_back",
      trust_at_least = 78, trust_at_most = 90,
      flags = { waived = true, asked = true, called = true },
      story = { bent_rule_well = true },
    },
  },
  plan {
    name = "always accommodate refunds the fees but pays from Pauline's account: reversed, and only kept",
    file = "encounters/late_fee.lua",
    always = "accommodate",
    expect = {
      ending = "sorted", outcome = "kept",
      trust_at_least = 64, trust_at_most = 76,
      flags = { used_estate = true },
    },
  },
  plan {
    name = "always collaborate also bends the rule, but lands lower than always accommodate",
    file = "encounters/late_fee.lua",
    always = "collaborate",
    expect = {
      ending = "bent_well", outcome = "won_back",
      trust_at_least = 65, trust_at_most = 74,
      flags = { claim = true },
    },
  },
  plan {
    name = "worst path (explore's): quoting the system, then a flat no, then pushing the change and the water back on him",
    file = "encounters/late_fee.lua",
    choose = { "compete", "accommodate", "compete", "accommodate", "compete", "avoid" },
    expect = {
      ending = "closes", outcome = "lost",
      trust_at_least = 0, trust_at_most = 5,
      flags = { waived = true },
    },
  },
  plan {
    name = "always compete: quoting the rule twice is a wall, and it reaches the local paper",
    file = "encounters/late_fee.lua",
    always = "compete",
    expect = {
      ending = "rule_wall", outcome = "lost",
      trust_at_least = 5, trust_at_most = 15,
      story = { rule_wall = true, public_post = true },
    },
  },
  plan {
    name = "always avoid ends with a leaflet and an ombudsman complaint",
    file = "encounters/late_fee.lua",
    always = "avoid",
    expect = {
      ending = "complaint", outcome = "escalated",
      trust_at_least = 20, trust_at_most = 30,
      story = { rule_wall = true },
    },
  },
  plan {
    name = "always compromise haggles over the bank's own error and loses the account",
    file = "encounters/late_fee.lua",
    always = "compromise",
    expect = {
      ending = "closes", outcome = "lost",
      trust_at_least = 35, trust_at_most = 44,
      flags = { partial = true },
    },
  },
  plan {
    name = "a partial refund with good care elsewhere keeps him, but does not win him back",
    file = "encounters/late_fee.lua",
    choose = { "accommodate", "compromise", "accommodate", "accommodate" },
    expect = {
      ending = "sorted", outcome = "kept",
      trust_at_least = 55, trust_at_most = 70,
      flags = { partial = true },
    },
  },
  plan {
    name = "a flat no, then a real admission at the door: kept, not won back",
    file = "encounters/late_fee.lua",
    choose = { "collaborate", "compete", "accommodate", "collaborate", "compete" },
    expect = {
      ending = "sorted", outcome = "kept",
      trust_at_least = 45, trust_at_most = 60,
      flags = { waived = true },
    },
  },
  plan {
    name = "refusing, then letting him leave over the rule, is a wall",
    file = "encounters/late_fee.lua",
    choose = { "collaborate", "compete", "compete" },
    expect = {
      ending = "rule_wall", outcome = "lost",
      trust_at_least = 10, trust_at_most = 25,
      story = { rule_wall = true },
    },
  },
  plan {
    name = "owning a brush-off early (accommodate at the rule) can still win him back",
    file = "encounters/late_fee.lua",
    choose = { "avoid", "accommodate", "accommodate", "avoid", "compete" },
    expect = {
      ending = "bent_well", outcome = "won_back",
      trust_at_least = 65, trust_at_most = 75,
    },
  },
  plan {
    name = "charging him for paper, then offering half of Pauline's account as a hardship release, keeps him but is not care enough",
    file = "encounters/late_fee.lua",
    choose = { "collaborate", "accommodate", "compromise", "compromise" },
    expect = {
      ending = "sorted", outcome = "kept",
      trust_at_least = 50, trust_at_most = 64,
      flags = { waived = true, paper = true },
    },
  },
}
