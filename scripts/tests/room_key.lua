-- Test plan for encounters/room_key.lua: the best and worst paths, every ending, the
-- balance target (always-compete ends with the highest trust of the five modes, though
-- collaborate fits once the no is heard, and always-collaborate bargains its way to her
-- door), the
-- cost of cruelty, and Grace Mensah remembering late_fee's story flags (and acting on them).
return tests {
  plan {
    name = "best path: a clear early no, then reaching her together, then generosity around the line",
    file = "encounters/room_key.lua",
    choose = { "compete", "collaborate", "collaborate", "accommodate" },
    expect = {
      ending = "held_warm", outcome = "kept",
      trust_at_least = 76, trust_at_most = 90,
      flags = { held = true, flowers = true },
      story = { held_the_line = true },
    },
  },
  plan {
    name = "firm then kind: compete on the key, accommodate on the flowers",
    file = "encounters/room_key.lua",
    choose = { "compete", "compete", "compete", "accommodate" },
    expect = {
      ending = "held_warm", outcome = "kept",
      trust_at_least = 64, trust_at_most = 78,
      story = { held_the_line = true },
    },
  },
  plan {
    name = "always compete holds the line and keeps him, but the cruel last word costs",
    file = "encounters/room_key.lua",
    always = "compete",
    expect = {
      ending = "held_room", outcome = "kept",
      trust_at_least = 46, trust_at_most = 56,
      flags = { cruel = true },
      story = { held_the_line = true },
    },
  },
  plan {
    name = "always collaborate turns the rule into a test, then a deal, and walks him to her door",
    file = "encounters/room_key.lua",
    always = "collaborate",
    expect = {
      ending = "escorted", outcome = "lost",
      trust_at_least = 40, trust_at_most = 50,
      flags = { asked_id = true, bargained = true },
      story = { gave_key = true },
    },
  },
  plan {
    name = "the deal opened, then closed again with a clear no: the line holds and he stays",
    file = "encounters/room_key.lua",
    choose = { "collaborate", "collaborate", "compete", "collaborate", "accommodate" },
    expect = {
      ending = "held_room", outcome = "kept",
      trust_at_least = 55, trust_at_most = 64,
      flags = { bargained = true, held = true },
      story = { held_the_line = true },
    },
  },
  plan {
    name = "worst path: stalling, stonewalling, then giving in to the shouting",
    file = "encounters/room_key.lua",
    choose = { "avoid", "avoid", "accommodate", "accommodate" },
    expect = {
      ending = "gave_key", outcome = "lost",
      trust_at_least = 5, trust_at_most = 25,
      story = { gave_key = true },
    },
  },
  plan {
    name = "always accommodate hands over the key, and even he trusts the hotel less",
    file = "encounters/room_key.lua",
    always = "accommodate",
    expect = {
      ending = "gave_key", outcome = "lost",
      trust_at_least = 25, trust_at_most = 40,
      story = { gave_key = true },
    },
  },
  plan {
    name = "always compromise walks him to her door: a breach with a witness",
    file = "encounters/room_key.lua",
    always = "compromise",
    expect = {
      ending = "escorted", outcome = "lost",
      trust_at_least = 35, trust_at_most = 48,
      story = { gave_key = true },
    },
  },
  plan {
    name = "always avoid leaves Grace to hold the line",
    file = "encounters/room_key.lua",
    always = "avoid",
    expect = {
      ending = "handed_off", outcome = "escalated",
      trust_at_least = 20, trust_at_most = 35,
      story = { held_the_line = true },
    },
  },
  plan {
    name = "holding the line but walking away from his next problem: he leaves for the Travelodge",
    file = "encounters/room_key.lua",
    choose = { "compete", "compete", "avoid" },
    expect = {
      ending = "held_fair", outcome = "parted",
      trust_at_least = 45, trust_at_most = 58,
      story = { held_the_line = true },
    },
  },
  plan {
    name = "the ID test, then a cold shrug: the line holds and the review is bad",
    file = "encounters/room_key.lua",
    choose = { "collaborate", "compete", "compromise", "avoid" },
    expect = {
      ending = "held_bitter", outcome = "lost",
      trust_at_least = 30, trust_at_most = 44,
      story = { held_the_line = true },
    },
  },
  plan {
    name = "stopping yourself at the encoder still holds the line",
    file = "encounters/room_key.lua",
    choose = { "accommodate", "compete", "collaborate", "accommodate" },
    expect = {
      ending = "held_room", outcome = "kept",
      trust_at_least = 55, trust_at_most = 64,
      flags = { held = true },
    },
  },
  plan {
    name = "Grace remembers a well-bent rule from the bank",
    file = "encounters/room_key.lua",
    story = { bent_rule_well = true },
    choose = { "compete", "compete", "collaborate", "accommodate" },
    expect = {
      ending = "held_warm", outcome = "kept",
      trust_at_least = 76, trust_at_most = 86,
      flags = { grace_recalls_bend = true },
      story = { held_the_line = true },
    },
  },
  plan {
    name = "Grace remembers the fee wall: she takes the live key out of your hand",
    file = "encounters/room_key.lua",
    story = { rule_wall = true },
    always = "accommodate",
    expect = {
      ending = "handed_off", outcome = "escalated",
      trust_at_least = 45, trust_at_most = 52,
      flags = { grace_recalls_wall = true },
      story = { held_the_line = true },
    },
  },
  plan {
    name = "Grace remembers the well-bent fee: she hands the shouting guest back to you, once",
    file = "encounters/room_key.lua",
    story = { bent_rule_well = true },
    choose = { "avoid", "avoid", "avoid", "compete", "collaborate", "accommodate" },
    expect = {
      ending = "held_room", outcome = "kept",
      trust_at_least = 45, trust_at_most = 50,
      flags = { grace_recalls_bend = true, grace_backed = true, held = true },
      story = { held_the_line = true },
    },
  },
  plan {
    name = "Grace hands it back only once: asking her again, she takes over",
    file = "encounters/room_key.lua",
    story = { bent_rule_well = true },
    always = "avoid",
    expect = {
      ending = "handed_off", outcome = "escalated",
      trust_at_least = 20, trust_at_most = 28,
      flags = { grace_backed = true },
    },
  },
  plan {
    name = "on the public-post branch Grace has read the Linden's one-star post, and takes the key",
    file = "encounters/room_key.lua",
    story = { bent_rule_well = true, public_post = true },
    outcomes = { hotel_review = "lost" },
    always = "accommodate",
    expect = {
      ending = "handed_off", outcome = "escalated",
      trust_at_least = 45, trust_at_most = 52,
      flags = { grace_recalls_review = true },
    },
  },
}
