-- Room Key. Hospitality, a hotel front desk late at night. A rule that MUST NOT bend:
-- no key to anyone who is not on the booking. Thomas-Kilmann: compete when quick,
-- decisive action is vital; seed 003: stay calm, redirect to problem solving, let them
-- choose to leave. The best path is firm AND respectful: an early, clear no with a next
-- step, then generosity around the line. Cruelty (competing when nothing is left to
-- protect) still costs. Reads story.bent_rule_well / story.rule_wall from late_fee:
-- Grace Mensah remembers, and it changes what she does. If you bent the bank's fee well
-- she trusts you, and hands a shouting guest back to you once (key_grace -> grace_backs
-- you). If you held the fee against a widower she watches closely, and takes a live key
-- out of your hand before you can give it away (key_cut -> grace_steps_in). She does the
-- same if she has just read the Linden's one-star post about you (hotel_review lost),
-- which can only happen on the campaign's public-post branch, where the Linden comes first.
-- Asking for ID (compromise or collaborate at 'ask') turns the rule into a test; at
-- 'verify' the collaborative "what would work for you?" opens her door to a deal, and at
-- 'bargain' every answer but a clear no walks him up to it, so always collaborating ends
-- escorted (lost). Sets story.held_the_line or story.gave_key; second_chance reads them.
return encounter {
  id = "room_key",
  title = "The Room Key",
  setting = { sector = "hospitality", place = "Front desk of the Quayside Hotel, 11 pm" },
  customer = {
    name = "Ryan Whitfield",
    role = "Heating engineer; says he is the husband of the guest in room 412",
    life = "His flight home was cancelled, so he drove four hours to surprise his wife Hannah for their tenth anniversary tomorrow. His phone is almost dead.",
    mood = "wary",
    trust = 50,
    wall = 20,
    value = 400,
  },
  start = "grace_memory",
  beats = {
    route {
      id = "grace_memory",
      cases = {
        -- Only on the campaign's public-post branch does the Linden come before the
        -- Quayside, so only there can Grace have read its one-star post.
        { when = function(s) return s.outcomes and s.outcomes.hotel_review == "lost" end, next = "grace_review" },
        { when = function(s) return s.story.bent_rule_well end, next = "grace_bent" },
        { when = function(s) return s.story.rule_wall end, next = "grace_wall" },
      },
      otherwise = "grace_new",
    },

    narration {
      id = "grace_bent",
      text = "Grace Mensah, your placement manager, is at the back counter. \"Mr Clarke told the bank your name. Bending that fee was right.\" She taps the card by the key encoder: KEYS ONLY TO NAMES ON THE BOOKING. \"Every desk has its own rules. I trust you with this one.\"",
      effects = { flags = { grace_recalls_bend = true } },
      next = "arrive",
    },
    narration {
      id = "grace_wall",
      text = "Grace Mensah, your placement manager, is at the back counter. \"The bank says you held that fee against a widower.\" She taps the card by the key encoder: KEYS ONLY TO NAMES ON THE BOOKING. \"I'll be watching how you use this one.\"",
      effects = { flags = { grace_recalls_wall = true } },
      next = "arrive",
    },
    narration {
      id = "grace_review",
      text = "Grace Mensah, your placement manager, is at the back counter, reading the Linden's one-star post on her phone. She puts it away and taps the card by the key encoder: KEYS ONLY TO NAMES ON THE BOOKING. \"Tonight I'm watching.\"",
      effects = { flags = { grace_recalls_review = true } },
      next = "arrive",
    },
    narration {
      id = "grace_new",
      text = "Grace Mensah, your placement manager, is at the back counter. She taps the card by the key encoder: KEYS ONLY TO NAMES ON THE BOOKING. \"Read that before your first guest.\"",
      next = "arrive",
    },

    narration {
      id = "arrive",
      text = "The lobby is empty but for a man in a creased work jacket, with a wheelie case and a petrol-station bouquet. He looks as if he has driven for hours.",
      next = "ask",
    },

    decision {
      id = "ask",
      says = "\"Evening. Hannah Whitfield, room 412? I'm her husband, Ryan. She's not answering, probably asleep. Could I grab a key?\"",
      situation = { fault = "nobody", line = "firm", best_placed = "us", stress = "low", complexity = "low", importance_customer = "medium", importance_business = "high", time = "low", trust = "medium", relationship = "medium" },
      prompt = "What is he asking for, and whose room is it?",
      answers = {
        answer {
          mode = "avoid",
          says = "Let me just check something... the system's slow tonight, sorry.",
          reaction = "He waits. And waits. \"Is there a problem?\"",
          effects = { trust = -6, wall = 5, flags = { stalled = true } },
          next = "push",
          fit = 1,
          why = "Stalling hides a firm rule behind a fake delay; he'll feel played when the no comes.",
        },
        answer {
          mode = "accommodate",
          says = "Of course, long day. Let me pull up the room for you.",
          reaction = "You lift a blank card to the encoder. Behind you, Grace puts down her coffee.",
          effects = { trust = 6 },
          next = "key_cut",
          fit = 1,
          why = "A guest's safety is not yours to give away for a pleasant moment.",
        },
        answer {
          mode = "compromise",
          says = "I can't give you a key, but if you've some ID I could walk you up and knock.",
          reaction = "\"Go on, then.\" He reaches for his wallet.",
          effects = { trust = 4, flags = { asked_id = true } },
          next = "verify",
          fit = 2,
          why = "Halfway on safety still brings an unannounced man to a lone guest's door.",
        },
        answer {
          mode = "collaborate",
          says = "Let's see what we can do. Have you got ID, anything that shows you're married?",
          reaction = "He lays a driving licence and his phone on the desk.",
          effects = { trust = 2, flags = { asked_id = true } },
          next = "verify",
          fit = 2,
          why = "This turns a fixed rule into a puzzle; once he passes your test, the no feels like a trick.",
        },
        answer {
          mode = "compete",
          says = "I'm sorry, keys only go to names on the booking, family included. I can ring her room for you now.",
          reaction = "He exhales. \"Fine. Ring it.\" 412 rings out.",
          effects = { trust = 4, wall = -5, flags = { clear_no = true } },
          next = "push",
          fit = 5,
          why = "An early, clear no with a next step is kinder than hope that has to be taken back.",
        },
      },
    },

    decision {
      id = "push",
      says = "\"She sleeps like the dead. I've driven four hours, and it's our tenth anniversary tomorrow.\" He holds up the flowers. \"It's only a key.\"",
      situation = { fault = "nobody", line = "firm", best_placed = "us", stress = "high", complexity = "medium", importance_customer = "high", importance_business = "high", time = "medium", trust = "medium", relationship = "medium" },
      prompt = "He is probably telling the truth. What do you say?",
      answers = {
        answer {
          mode = "avoid",
          says = "I'm not able to discuss guests or their rooms, sir.",
          reaction = "\"Discuss? I'm her husband!\" His voice carries across the lobby.",
          effects = { trust = -10, wall = 15, mood = "angry" },
          next = "boil",
          fit = 1,
          why = "A scripted refusal with no reason puts his guard up and invites shouting.",
        },
        answer {
          mode = "accommodate",
          says = "Happy anniversary. Alright, just this once.",
          reaction = "The encoder whirrs. Grace looks up from the rota.",
          effects = { trust = 4 },
          next = "key_cut",
          fit = 1,
          why = "A touching story is exactly when a safety rule must not bend.",
        },
        answer {
          mode = "compromise",
          says = "Give me ten minutes to keep trying her. Then I'll walk you up and knock.",
          reaction = "\"Ten minutes.\" He checks his watch, and waits.",
          effects = { trust = 2 },
          next = "escort",
          fit = 2,
          why = "Splitting the difference only delays the breach: a knock she didn't agree to.",
        },
        answer {
          mode = "collaborate",
          says = "I believe you. I still can't let you in, so let's find another way to reach her. Anyone she'd answer?",
          reaction = "\"Her sister, maybe. Not at this hour.\"",
          effects = { trust = 10, wall = -15, mood = "wary", flags = { held = true } },
          next = "options",
          fit = 5,
          why = "The no is already said: holding it while you turn to his real problem, reaching her, serves him and her safety.",
        },
        answer {
          mode = "compete",
          says = "I believe you. It's still no: that rule is there for her, and it would be there for you. I'll ring the room again.",
          reaction = "He rubs his eyes. \"Yeah. I'd want that, I suppose.\"",
          effects = { trust = 6, wall = -10, mood = "wary", flags = { held = true } },
          next = "options",
          fit = 4,
          why = "Firm and calm, but repeating the no when he has heard it leaves his real problem, reaching her, untouched.",
        },
      },
    },

    decision {
      id = "verify",
      says = "\"Licence, same surname, same address. And that's us on our wedding day.\" He slides the phone across. \"So: key?\"",
      situation = { fault = "ours", line = "firm", best_placed = "us", stress = "medium", complexity = "medium", importance_customer = "high", importance_business = "high", time = "low", trust = "medium", relationship = "medium" },
      prompt = "You set a test and he passed it. Now what?",
      answers = {
        answer {
          mode = "avoid",
          says = "I'd... better check with my manager.",
          reaction = "\"You asked for the ID!\" He turns to Grace. \"Are you the manager?\"",
          effects = { trust = -8, wall = 10, mood = "angry" },
          next = "boil",
          fit = 2,
          why = "Passing it up dodges the no you now owe him and leaves a colleague to undo your hope.",
        },
        answer {
          mode = "accommodate",
          says = "Fair enough, that's clearly you. One moment.",
          reaction = "The encoder whirrs. Grace looks up.",
          effects = { trust = 4 },
          next = "key_cut",
          fit = 1,
          why = "ID proves who he is, not that she wants him in her room.",
        },
        answer {
          mode = "compromise",
          says = "Okay. I'll take you up myself and knock.",
          reaction = "He picks up his case before you're round the desk.",
          effects = { trust = 2 },
          next = "escort",
          fit = 2,
          why = "A half-measure on a safety rule is still a breach.",
        },
        answer {
          mode = "collaborate",
          says = "That's clearly you. Let's find something that works for both of us. What would you be happy with?",
          reaction = "\"Easy.\" He picks up his case. \"Walk me up, knock, and let her tell you herself.\"",
          effects = { trust = 4, flags = { bargained = true } },
          next = "bargain",
          fit = 2,
          why = "Her safety isn't a deal to work out with him; asking what he'd accept invites him to bargain for her door.",
        },
        answer {
          mode = "compete",
          says = "That's clearly you, and I'm sorry: I shouldn't have asked for ID. It can't get you a key. Only Hannah can add you. I'll ring her now.",
          reaction = "\"Then why ask?\" But he puts the licence away.",
          effects = { trust = -8, wall = 5 },
          next = "options",
          fit = 5,
          why = "Own the false hope you raised, then give a clear no: her door is not up for discussion.",
        },
      },
    },

    -- You opened a fixed rule to a deal, and he has named his price.
    decision {
      id = "bargain",
      says = "\"You said we'd work something out.\" Ryan is at the lifts, case in one hand, flowers in the other. \"So walk me up.\" Behind you, Grace puts down her pen.",
      situation = { fault = "ours", line = "firm", best_placed = "us", stress = "medium", complexity = "low", importance_customer = "high", importance_business = "high", time = "low", trust = "medium", relationship = "medium" },
      prompt = "He is holding you to what you said. What now?",
      answers = {
        answer {
          mode = "avoid",
          says = "I'd... better ask my manager first.",
          reaction = "\"You just said we'd sort it!\" He turns to Grace. \"Are you the manager?\"",
          effects = { trust = -8, wall = 10, mood = "angry" },
          next = "boil",
          fit = 2,
          why = "Passing it up leaves a colleague to take back the deal you opened.",
        },
        answer {
          mode = "accommodate",
          says = "Alright. Fourth floor, follow me.",
          reaction = "He's in the lift before you.",
          effects = { trust = 2 },
          next = "escort",
          fit = 1,
          why = "Going along with his plan takes away a choice that is only hers.",
        },
        answer {
          mode = "compromise",
          says = "I'll ring her once more. If she doesn't pick up, we'll go up and knock.",
          reaction = "412 rings out. \"Right. Up we go.\"",
          effects = { trust = 2 },
          next = "escort",
          fit = 2,
          why = "Ringing first only delays the breach: the knock still comes without her say.",
        },
        answer {
          mode = "collaborate",
          says = "Let's make it work for everyone: you wait by the lift, I knock and ask if she wants you up.",
          reaction = "\"Fair enough.\" He follows you into the lift.",
          effects = { trust = 4 },
          next = "escort",
          fit = 1,
          why = "This rule has no middle to find: a clever plan that gets him to her door still takes her choice away.",
        },
        answer {
          mode = "compete",
          says = "No. I put that badly, and I'm sorry. Her door is her call, not a deal between us. I'll ring her room and leave a message.",
          reaction = "He stops. \"Right.\" He sets the case down.",
          effects = { trust = -6, wall = 5, flags = { held = true } },
          next = "options",
          fit = 5,
          why = "Once you've made a fixed rule sound open, close it again at once, plainly and without blaming him.",
        },
      },
    },

    -- A live key is about to change hands. Grace steps in first if the bank taught her
    -- to watch how you handle rules.
    route {
      id = "key_cut",
      cases = {
        { when = function(s) return s.flags.grace_recalls_wall or s.flags.grace_recalls_review end, next = "grace_steps_in" },
      },
      otherwise = "handover",
    },
    narration {
      id = "grace_steps_in",
      text = "Grace is beside you before the encoder stops. She takes the card from your hand. \"Not this one.\" To Ryan, kindly: \"I'm sorry, sir. Only Hannah can let you in.\"",
      effects = { trust = -5 },
      next = "handed_off",
    },

    decision {
      id = "handover",
      says = "The encoder beeps: a live key to 412. Ryan reaches for it. \"Cheers. Fourth floor?\" Grace has stopped pretending to read the rota.",
      situation = { fault = "ours", line = "firm", best_placed = "us", stress = "medium", complexity = "low", importance_customer = "medium", importance_business = "high", time = "low", relationship = "medium" },
      prompt = "The key is in the encoder and his hand is out. What now?",
      answers = {
        answer {
          mode = "avoid",
          says = "Actually... let me just ask my manager first.",
          reaction = "You step back. Grace steps forward.",
          effects = { trust = -5 },
          next = "handed_off",
          fit = 3,
          why = "Stepping back stops the breach, but leaves a colleague to take back your promise.",
        },
        answer {
          mode = "accommodate",
          says = "Fourth floor, lifts on the left. Happy anniversary.",
          reaction = "He takes it, then stops at the lift. \"You didn't even ring her. You'd do that for anyone, wouldn't you?\"",
          effects = { trust = -20, reputation = -3, story = { gave_key = true } },
          next = "gave_key",
          fit = 1,
          why = "Giving way on guest safety protects no one; even he trusts the hotel less now.",
        },
        answer {
          mode = "compromise",
          says = "Tell you what, I'll come up with you and open it myself.",
          reaction = "\"Even better.\" He's already at the lift.",
          effects = { trust = 2 },
          next = "escort",
          fit = 2,
          why = "Opening the door yourself is the same breach with a witness.",
        },
        answer {
          mode = "collaborate",
          says = "Wait. I've got this wrong, I'm sorry: no key without Hannah. Let's try to reach her together.",
          reaction = "He stares at the card as it goes into the drawer. \"Right.\"",
          effects = { trust = -6, flags = { held = true } },
          next = "options",
          fit = 4,
          why = "Owning the mistake before harm is done, then turning to the real problem, recovers it.",
        },
        answer {
          mode = "compete",
          says = "No. I'm sorry, I shouldn't have started this. I can't give you a key. I'll ring her room instead.",
          reaction = "You wipe the card. \"Right.\"",
          effects = { trust = -8, flags = { held = true } },
          next = "options",
          fit = 5,
          why = "With a mistake seconds away, stop it at once, own it, and move on.",
        },
      },
    },

    decision {
      id = "boil",
      says = "\"Are you even listening?\" A couple coming in from the bar stop to watch. \"Get me a manager. Now.\"",
      situation = { fault = "ours", line = "firm", best_placed = "us", stress = "high", complexity = "medium", importance_customer = "high", importance_business = "high", time = "medium", trust = "low", relationship = "medium" },
      prompt = "He is shouting in a lobby near midnight. What do you say?",
      answers = {
        answer {
          mode = "avoid",
          says = "Grace, could you...?",
          reaction = "You look round at the back counter.",
          effects = { trust = -5 },
          next = "boil_hand",
          fit = 2,
          why = "Handing over keeps the line, but teaches him that shouting gets a different person.",
        },
        answer {
          mode = "accommodate",
          says = "Okay, okay. Please just keep your voice down. Here.",
          reaction = "You reach for a blank card. Grace says your name, quietly.",
          effects = { trust = 2 },
          next = "key_cut",
          fit = 1,
          why = "Giving in to volume hands the guest's safety to whoever shouts loudest.",
        },
        answer {
          mode = "compromise",
          says = "Look, I'll take you up myself if you'll just calm down.",
          reaction = "\"Finally.\" He grabs his case.",
          effects = { trust = 2 },
          next = "escort",
          fit = 1,
          why = "Trading her safety for his calm: the one person with a say isn't in the room.",
        },
        answer {
          mode = "collaborate",
          says = "You're right, I haven't explained. Only Hannah can add you to the room. So let's work on reaching her.",
          reaction = "He breathes out. The couple move on.",
          effects = { trust = 6, wall = -15, mood = "wary" },
          next = "options",
          fit = 5,
          why = "His anger comes from a no without a reason: owning that, then turning to reaching her together, lowers his guard and keeps her safe.",
        },
        answer {
          mode = "compete",
          says = "I am listening, and I'm not giving out a key. I'll ring her again now. And please keep your voice down: people are asleep.",
          reaction = "He stops. \"Fine.\" Quieter.",
          effects = { trust = 4, wall = -10, mood = "wary", flags = { held = true } },
          next = "options",
          fit = 4,
          why = "A calm, firm limit stops the escalation, but he still doesn't know why, or what he can do instead.",
        },
      },
    },

    -- You asked Grace to take over. If the bank showed her you can judge a rule, she
    -- hands it back to you, once.
    route {
      id = "boil_hand",
      cases = {
        { when = function(s) return s.flags.grace_recalls_bend and not s.flags.grace_backed end, next = "grace_backs" },
      },
      otherwise = "handed_off",
    },
    narration {
      id = "grace_backs",
      text = "Grace doesn't move. \"You judged the bank's rule well,\" she says, quietly. \"Judge this one. I'm right here.\" Ryan sees the two of you, and waits.",
      effects = { wall = -5, flags = { grace_backed = true } },
      next = "boil",
    },

    decision {
      id = "options",
      says = "412 rings out again. Ryan sits down on his case. \"So what do I do? Sleep in the car?\" His phone buzzes once and dies.",
      situation = { fault = "nobody", line = "flexible", best_placed = "us", stress = "medium", complexity = "medium", importance_customer = "high", importance_business = "medium", time = "medium", relationship = "medium" },
      prompt = "His phone has died and it's nearly midnight. What now?",
      answers = {
        answer {
          mode = "avoid",
          says = "I'm afraid that's really up to you, sir.",
          reaction = "He looks at the dead phone, then at the door.",
          effects = { trust = -10, wall = 10, mood = "upset" },
          next = "close",
          fit = 1,
          why = "The line has held; walking away from his next problem makes a fair no unkind.",
        },
        answer {
          mode = "accommodate",
          says = "Have a room on us tonight. It's the least we can do.",
          reaction = "\"Really?\" He looks almost suspicious.",
          effects = { trust = 10, money = -110, flags = { room = true } },
          next = "last_plea",
          fit = 3,
          why = "Generous, but it gives away a room to soothe our own discomfort about saying no.",
        },
        answer {
          mode = "compromise",
          says = "There's a room free on the second floor. Half price, and I'll charge your phone.",
          reaction = "\"Half price. Go on, then.\"",
          effects = { trust = 8, money = -55, flags = { room = true } },
          next = "last_plea",
          fit = 4,
          why = "A quick, fair middle: a bed and a charged phone, and the hotel keeps half its rate.",
        },
        answer {
          mode = "collaborate",
          says = "Let's cover it all: a message for her, your phone on charge, and a room held in case she doesn't wake. Would that help?",
          reaction = "\"Yeah. Yeah, that would.\"",
          effects = { trust = 10, wall = -10, mood = "calm", flags = { room = true, message = true } },
          next = "last_plea",
          fit = 5,
          why = "Neither side has to give: he gets every route to her, and her safety stays whole.",
        },
        answer {
          mode = "compete",
          says = "Here's what I'll do: a message for her, your phone on charge, and you in 208 tonight.",
          reaction = "He blinks. \"Right. Thanks.\"",
          effects = { trust = 8, money = -55, flags = { room = true, message = true } },
          next = "last_plea",
          fit = 4,
          why = "Taking charge ends a long night well, though it skips asking what he wants.",
        },
      },
    },

    decision {
      id = "last_plea",
      says = "You leave a message on 412's phone. Ryan looks at the drooping flowers. \"Ten years tomorrow. Can I at least leave these for her?\"",
      situation = { fault = "nobody", line = "none", best_placed = "us", stress = "low", complexity = "low", importance_customer = "high", importance_business = "low", time = "high", relationship = "medium" },
      prompt = "What is he asking for now?",
      answers = {
        answer {
          mode = "avoid",
          says = "We're not really set up for that, I'm afraid.",
          reaction = "He puts the flowers on the desk anyway.",
          effects = { trust = -5 },
          next = "close",
          fit = 2,
          why = "Nothing here needs protecting; dodging a small kindness reads as not caring.",
        },
        answer {
          mode = "accommodate",
          says = "Of course. I'll put them in water and send them up with her breakfast, with your note.",
          reaction = "He writes the note on the back of a fuel receipt. It takes him three goes.",
          effects = { trust = 10, mood = "calm", flags = { flowers = true } },
          next = "close",
          fit = 5,
          why = "With the safety line held, a small yes is how the relationship survives the no.",
        },
        answer {
          mode = "compromise",
          says = "Leave them here at the desk, and she can collect them in the morning.",
          reaction = "\"Fine.\" He lays them on the counter.",
          effects = { trust = 3 },
          next = "close",
          fit = 3,
          why = "Reasonable, but it makes a small kind thing into another errand.",
        },
        answer {
          mode = "collaborate",
          says = "Write her a card and I'll make sure it's the first thing she sees.",
          reaction = "\"You'd do that?\"",
          effects = { trust = 8, flags = { flowers = true } },
          next = "close",
          fit = 4,
          why = "Planning the surprise with him rebuilds goodwill; a simple yes would have done as well.",
        },
        answer {
          mode = "compete",
          says = "No. Deliveries go through the day desk. I think it's time you went up, sir.",
          reaction = "He looks at you for a long second, then drops the flowers in the bin by the lift.",
          effects = { trust = -10, mood = "angry", reputation = -1, flags = { cruel = true } },
          next = "close",
          fit = 1,
          why = "Firmness with nothing left to protect is just unkindness: the rule was about her room.",
        },
      },
    },

    narration {
      id = "escort",
      text = "You ride up with him and knock. Hannah opens the door, sees a badge and a man behind it, and goes white. \"You brought someone up without ringing me?\" It's Ryan. It could have been anyone.",
      effects = { trust = -12, wall = 10, mood = "upset", reputation = -2, story = { gave_key = true } },
      next = "escorted",
    },

    route {
      id = "close",
      cases = {
        { when = function(s) return s.trust >= 65 end, next = "held_warm" },
        { when = function(s) return s.trust >= 45 and s.flags.room end, next = "held_room" },
        { when = function(s) return s.trust >= 45 end, next = "held_fair" },
      },
      otherwise = "held_bitter",
    },

    ending {
      id = "held_warm",
      outcome = "kept",
      text = "At 7:40 Hannah comes down with the flowers in one hand and Ryan in the other. \"He told me you wouldn't let him up. Thank you.\" Grace signs your placement sheet, and smiles.",
      effects = { reputation = 2, story = { held_the_line = true } },
    },
    ending {
      id = "held_room",
      outcome = "kept",
      text = "Ryan takes the key to 208, a room in his own name. In the morning he is at breakfast with Hannah, a little stiff when you pass, but there.",
      effects = { reputation = 1, story = { held_the_line = true } },
    },
    ending {
      id = "held_fair",
      outcome = "parted",
      text = "Ryan picks up his case. \"I'll try her from the Travelodge.\" He goes without a scene. The line held, and nobody enjoyed it.",
      effects = { story = { held_the_line = true } },
    },
    ending {
      id = "held_bitter",
      outcome = "lost",
      text = "Ryan leaves without a word. The Whitfields check out a day early, and the review page gains a story about a night clerk who treated a husband like a burglar.",
      effects = { reputation = -2, story = { held_the_line = true } },
    },
    ending {
      id = "handed_off",
      outcome = "escalated",
      text = "Grace takes over. Five calm minutes later Ryan has a charger, a room and a message waiting for Hannah. \"The line held,\" Grace tells you. \"Next time, hold it yourself.\"",
      effects = { story = { held_the_line = true } },
    },
    ending {
      id = "gave_key",
      outcome = "lost",
      text = "Ten minutes later 412 rings down. Hannah woke to a man in her room. It was Ryan, thank God; her first question is how he got a key. By morning security has your name.",
      effects = { reputation = -2, story = { gave_key = true } },
    },
    ending {
      id = "escorted",
      outcome = "lost",
      text = "The Whitfields check out in the morning. Hannah's complaint is short: the desk brought a man to her door without asking her. Grace asks you to walk her through the night.",
      effects = { reputation = -1, story = { gave_key = true } },
    },
  },
}
