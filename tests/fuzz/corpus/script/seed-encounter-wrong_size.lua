-- The worked example from scripts/README.md. Seed 001: when the business makes the
-- mistake, admit it, no scapegoat, table a rescue plan, agree it, implement it with a
-- roll-back. The tests play it to every ending, so keep it working.
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
  },
  start = "arrive",
  beats = {
    narration {
      id = "arrive",
      text = "A woman in hospital scrubs puts a parcel on the counter and opens it: a wool jacket, size XL, still in its tissue.",
      next = "first_ask",
    },

    decision {
      id = "first_ask",
      says = "\"I ordered a medium. You sent this. The website says I have to post it back and wait ten days. His birthday is tomorrow.\"",
      situation = { stress = "high", time = "low", importance_customer = "high", relationship = "high" },
      prompt = "Whose mistake is this, and what does she need to hear first?",
      answers = {
        answer {
          mode = "avoid",
          says = "Online orders are handled by the web team, I'm afraid. There's a number on the packing slip.",
          reaction = "She stares at the slip, then at you.",
          effects = { trust = -10, wall = 15 },
          next = "policy",
          fit = 1,
          why = "Avoiding fits trivial issues; this one matters to her and the mistake is ours, so stepping back reads as not caring.",
        },
        answer {
          mode = "accommodate",
          says = "I'm so sorry. Take any jacket off the rack, no charge, whatever you like.",
          reaction = "She blinks. \"Any of them?\"",
          effects = { trust = 10, wall = -10, money = -120, flags = { gave_away = true } },
          next = "settle",
          fit = 3,
          why = "Accommodating suits a moment when we are wrong, but a giveaway skips the real fix and costs more than the mistake did.",
        },
        answer {
          mode = "compromise",
          says = "I can't swap online orders here, but I can give you 20% off one from the shop floor today.",
          reaction = "\"So I pay again and still post the other one back?\"",
          effects = { trust = 2, money = -30 },
          next = "plan",
          fit = 2,
          why = "Splitting the difference treats our mistake as a shared problem; she should not have to pay part of it.",
        },
        answer {
          mode = "collaborate",
          says = "That's our mistake, and I'm sorry it's cost you a trip after a night shift. Let's get the right one to you before tomorrow. Can I check what we have?",
          reaction = "Her shoulders drop a little. \"Please.\"",
          effects = { trust = 5, wall = -25, mood = "wary", flags = { admitted = true } },
          next = "plan",
          fit = 5,
          why = "Both concerns matter: admitting the mistake lowers her wall, and asking to look for a fix keeps the business's options open.",
        },
        answer {
          mode = "compete",
          says = "The terms you agreed to online are clear: returns go by post. I can't change that.",
          reaction = "\"Agreed to? I agreed to a medium.\"",
          effects = { trust = -20, wall = 25, mood = "angry" },
          next = "policy",
          fit = 1,
          why = "Competing fits stopping exploitation; here it defends our own error with a rule and raises her wall.",
        },
      },
    },

    decision {
      id = "plan",
      says = "The stock screen shows no medium in this branch. There is one at the Eastgate store, forty minutes away. Marisol checks the time.",
      situation = { stress = "high", complexity = "medium", time = "low", importance_business = "medium" },
      prompt = "What makes a rescue plan one the customer can trust?",
      answers = {
        answer {
          mode = "avoid",
          says = "Eastgate has one. You could try there?",
          effects = { trust = -5, wall = 5 },
          next = "settle",
          fit = 1,
          why = "Handing the problem back to her leaves our mistake for her to fix.",
        },
        answer {
          mode = "accommodate",
          says = "I'll drive it over to you myself after my shift.",
          effects = { trust = 8, money = -20, flags = { promised_too_much = true } },
          next = "settle",
          fit = 2,
          why = "Generous, but a promise you cannot keep reliably is no plan; seed 001 asks for enough of the right resources.",
        },
        answer {
          mode = "compromise",
          says = "I'll hold the Eastgate one for you until closing and refund the XL now.",
          effects = { trust = 6, flags = { held = true } },
          next = "settle",
          fit = 3,
          why = "A fair middle when time is short: it fixes the refund, though she still does the travelling.",
        },
        answer {
          mode = "collaborate",
          says = "Here's what I can do: refund the XL now, and courier the medium from Eastgate to your door tonight at our cost. If it hasn't left by five, I'll call you and we'll go to plan B together. Does that work for you?",
          effects = function(s)
            if s.flags.admitted then
              return { trust = 20, money = -15, mood = "calm", flags = { rescue_plan = true } }
            end
            return { trust = 12, money = -15, flags = { rescue_plan = true } }
          end,
          next = "settle",
          fit = 5,
          why = "Seed 001's recovery: a rescue plan tabled, agreed with her, with a roll-back if it fails.",
        },
        answer {
          mode = "compete",
          says = "Best I can do is order it to this store. It'll be here Tuesday.",
          effects = { trust = -15, wall = 10, mood = "angry" },
          next = "settle",
          fit = 1,
          why = "Insisting on the convenient process ignores the one thing she told you matters: tomorrow.",
        },
      },
    },

    decision {
      id = "policy",
      says = "\"Fine. Then I want to speak to whoever wrote that rule.\" She is already holding her phone up to photograph your name badge.",
      situation = { stress = "high", trust = "low", relationship = "high" },
      prompt = "The wall is up. What could still lower it?",
      answers = {
        answer {
          mode = "avoid",
          says = "The manager's at lunch. You could come back later?",
          effects = { trust = -10, reputation = -1 },
          next = "walk_out",
          fit = 1,
          why = "Putting her off now that she is angry only adds a second grievance to the first.",
        },
        answer {
          mode = "accommodate",
          says = "Of course, I'll fetch the manager now.",
          effects = { trust = 2 },
          next = "escalated",
          fit = 3,
          why = "Giving her what she asks for is fair, but it hands over a problem you could have owned.",
        },
        answer {
          mode = "compromise",
          says = "I can't change the rule, but I can post it back for you so you don't have to.",
          effects = { trust = 4, money = -8 },
          next = "settle",
          fit = 2,
          why = "A small concession helps, but without admitting the mistake it does not reach the wall.",
        },
        answer {
          mode = "collaborate",
          says = "You're right to be angry, and I was wrong to hide behind the rule: we sent the wrong size. Can I start again and find you the right one today?",
          effects = { trust = 20, wall = -30, mood = "wary", flags = { admitted = true } },
          next = "plan",
          fit = 5,
          why = "Admitting the problem without a scapegoat is the first step of seed 001's recovery, and it brings her back to the dialogue.",
        },
        answer {
          mode = "compete",
          says = "Please put the phone down. I've explained the policy.",
          effects = { trust = -15, reputation = -2, mood = "furious", story = { public_post = true } },
          next = "walk_out",
          fit = 1,
          why = "Meeting anger with authority mirrors it; one bad experience becomes a public post (seed 002).",
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
      text = "Marisol laughs for the first time. \"I came in ready to close my account.\" She leaves the courier slip on her phone's home screen.",
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
      text = "The manager arrives and takes over. Marisol doesn't look at you again.",
    },
    ending {
      id = "walk_out",
      outcome = "lost",
      text = "She folds the jacket back into its box and walks out. Her account is closed by Monday.",
      effects = { reputation = -1 },
    },
  },
}
