-- The worked example from scripts/README.md (the page shows this file in full).
-- The business made the mistake: admit it, blame no one, table a rescue plan, agree
-- it with her, keep a fallback. At 'plan' she offers a fair fix of her own, and
-- taking it (accommodate) beats our own better-engineered plan: the decision stays
-- in her hands. The tests play it to every ending, so keep it working.
return encounter {
  id = "wrong_size",
  title = "The Wrong Size",
  setting = { sector = "retail", place = "Returns desk at Hallam's, Saturday noon" },
  customer = {
    name = "Marisol Reyes",
    role = "Night-shift nurse, shops here most months",
    life = "The jacket is a gift for her father's 70th birthday tomorrow; she came straight from a twelve-hour shift.",
    mood = "upset",
    trust = 45,
    wall = 40,
    value = 600,
    look = { skin = "medium", hair = "dark_brown", hair_style = "bun", age = "adult", glasses = false, headwear = "none" },
  },
  start = "arrive",
  beats = {
    narration {
      id = "arrive",
      text = "A woman in hospital scrubs opens a parcel on the counter: a wool jacket, size XL, still in its tissue.",
      next = "first_ask",
    },

    decision {
      id = "first_ask",
      says = "\"I ordered a medium. You sent this. The website says post it back and wait ten days. His birthday's tomorrow.\"",
      situation = { fault = "ours", line = "none", best_placed = "us", stress = "high", complexity = "medium", importance_customer = "high", importance_business = "high", time = "medium", relationship = "high" },
      prompt = "Whose mistake is this, and what does she need to hear first?",
      answers = {
        answer {
          mode = "avoid",
          says = "Online orders are the web team, I'm afraid. Their number's on the slip.",
          reaction = "She stares at the slip, then at you.",
          effects = { trust = -10, wall = 15 },
          next = "policy",
          fit = 1,
          why = "Passing her on turns our mistake into her problem.",
        },
        answer {
          mode = "accommodate",
          says = "I'm so sorry. Take any jacket off the rack, no charge.",
          reaction = "She blinks. \"Any of them?\"",
          effects = { trust = 10, wall = -10, money = -120, flags = { gave_away = true } },
          next = "settle",
          fit = 3,
          why = "Kind, but a giveaway costs more than the mistake and skips the real fix.",
        },
        answer {
          mode = "compromise",
          says = "I can't swap web orders here, but I can do 20% off one from the shop floor.",
          reaction = "\"So I pay again, and still post that one back?\"",
          effects = { trust = 2, money = -30 },
          next = "plan",
          fit = 2,
          why = "Splitting the cost of our mistake makes her pay for part of it.",
        },
        answer {
          mode = "collaborate",
          says = "That's our mistake, and I'm sorry, after a night shift too. Let's get the right one to you by tomorrow. Can I check stock?",
          reaction = "Her shoulders drop a little. \"Please.\"",
          effects = { trust = 5, wall = -25, mood = "wary", flags = { admitted = true } },
          next = "plan",
          fit = 5,
          why = "Admit it, then ask to fix it together: her guard drops and the options stay open.",
        },
        answer {
          mode = "compete",
          says = "The online terms are clear: returns go by post.",
          reaction = "\"I agreed to a medium.\"",
          effects = { trust = -20, wall = 25, mood = "angry" },
          next = "policy",
          fit = 1,
          why = "Defending our own error with a rule puts her guard right up.",
        },
      },
    },

    decision {
      id = "plan",
      says = "No medium in this branch; Eastgate has one. Marisol checks the time. \"Eastgate's on my bus home, if that helps.\"",
      situation = { fault = "ours", line = "none", best_placed = "us", stress = "high", complexity = "medium", importance_customer = "high", importance_business = "medium", time = "low", relationship = "high" },
      prompt = "She has offered a fix. What do you say?",
      answers = {
        answer {
          mode = "avoid",
          says = "Eastgate has one, yes. You could try there?",
          effects = { trust = -5, wall = 5 },
          next = "settle",
          fit = 1,
          why = "Pointing her at another shop leaves our mistake for her to sort out.",
        },
        answer {
          mode = "accommodate",
          says = "Then let's do it your way. I'll ring Eastgate to hold it in your name, and refund this one now.",
          effects = function(s)
            if s.flags.admitted then return { trust = 16, mood = "calm", flags = { held = true } } end
            return { trust = 10, flags = { held = true } }
          end,
          next = "settle",
          fit = 5,
          why = "She offered a fair fix; doing it her way, straight away, keeps her in control.",
        },
        answer {
          mode = "compromise",
          says = "I'll hold it at Eastgate till five. The refund goes through once this one's back in stock.",
          effects = { trust = 6, flags = { held = true } },
          next = "settle",
          fit = 3,
          why = "A workable middle, but she waits for money we owe her now.",
        },
        answer {
          mode = "collaborate",
          says = "Better: we courier it to your door tonight, at our cost. If it hasn't left by five, I'll ring you with plan B.",
          effects = function(s)
            if s.flags.admitted then
              return { trust = 20, money = -15, mood = "calm", flags = { rescue_plan = true } }
            end
            return { trust = 12, money = -15, flags = { rescue_plan = true } }
          end,
          next = "settle",
          fit = 4,
          why = "A sound plan with a fallback, but it swaps the fix she offered for ours.",
        },
        answer {
          mode = "compete",
          says = "Best I can do is order one here. It'll come Tuesday.",
          effects = { trust = -15, wall = 10, mood = "angry" },
          next = "settle",
          fit = 1,
          why = "The convenient process ignores the one thing she said matters: tomorrow.",
        },
      },
    },

    decision {
      id = "policy",
      says = "\"Then I want whoever wrote that rule.\" She holds up her phone to photograph your name badge.",
      situation = { fault = "ours", line = "flexible", best_placed = "us", stress = "high", complexity = "medium", importance_customer = "high", importance_business = "high", time = "medium", trust = "low", relationship = "high" },
      prompt = "She is photographing your name badge. What do you say?",
      answers = {
        answer {
          mode = "avoid",
          says = "The manager's at lunch. Could you come back later?",
          effects = { trust = -10, reputation = -1 },
          next = "walk_out",
          fit = 1,
          why = "Putting off an angry customer adds a second grievance to the first.",
        },
        answer {
          mode = "accommodate",
          says = "Of course. I'll fetch the manager now.",
          effects = { trust = 2 },
          next = "escalated",
          fit = 3,
          why = "Fair to give her what she asks, but it hands over a problem you could own.",
        },
        answer {
          mode = "compromise",
          says = "I can't change the rule, but I'll post it back for you.",
          effects = { trust = 4, money = -8 },
          next = "settle",
          fit = 2,
          why = "A small favour without admitting the mistake doesn't reach her.",
        },
        answer {
          mode = "collaborate",
          says = "You're right to be angry. We sent the wrong size, and I hid behind a rule. Can I start again and find you the right one today?",
          effects = { trust = 20, wall = -30, mood = "wary", flags = { admitted = true } },
          next = "plan",
          fit = 5,
          why = "Owning it plainly, with no one to blame, brings her back to talking.",
        },
        answer {
          mode = "compete",
          says = "Please put the phone down. I've explained the policy.",
          effects = { trust = -15, reputation = -2, mood = "furious", story = { public_post = true } },
          next = "walk_out",
          fit = 1,
          why = "Meeting anger with authority mirrors it, and one bad visit becomes a public post.",
        },
      },
    },

    route {
      id = "settle",
      cases = {
        { when = function(s) return s.trust >= 60 and s.flags.admitted end, next = "won_back" },
        { when = function(s) return s.trust >= 45 end, next = "kept" },
      },
      otherwise = "walk_out",
    },

    ending {
      id = "won_back",
      outcome = "won_back",
      text = "Marisol laughs for the first time. \"I came in ready to close my account.\"",
      effects = { reputation = 2, story = { marisol_fan = true } },
    },
    ending {
      id = "kept",
      outcome = "kept",
      text = "She nods, tired but satisfied, and takes the receipt.",
      effects = { reputation = 1 },
    },
    ending {
      id = "escalated",
      outcome = "escalated",
      text = "The manager takes over. Marisol doesn't look at you again.",
    },
    ending {
      id = "walk_out",
      outcome = "lost",
      text = "She boxes the jacket and walks out. Her account is closed by Monday.",
      effects = { reputation = -1 },
    },
  },
}
