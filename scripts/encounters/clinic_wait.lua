-- Health: an outpatient reception desk. Seed 002: trust, tact and empathy. A frightened
-- parent needs to feel heard before any answer can land (collaborate). When her daughter
-- starts crying, stepping back (avoid) fits: people need to cool down. Only a clinician
-- gives results, and the doctor can answer far better than the desk (avoid: someone else
-- can resolve it better). A hungry child matters more to her than the list does to us
-- (accommodate).
-- Reads the campaign: Marisol Reyes (wrong_size) is the ward nurse here. If the player
-- won her back (story.marisol_fan) she backs them up; if she was lost
-- (outcomes.wrong_size == "lost") she is cool and will not go out of her way.
return encounter {
  id = "clinic_wait",
  title = "The Long Wait",
  setting = { sector = "health", place = "Outpatients reception, St Brigid's Hospital, Wednesday 12:40" },
  customer = {
    name = "Samira Haddad",
    role = "Shift supervisor at a parcel depot, mother of a young patient",
    life = "Her daughter Layla, nine, had an MRI scan at ten for headaches that wake her at night. Samira swapped a shift to be here and has told Layla twice that everything is fine.",
    mood = "upset",
    trust = 40,
    wall = 45,
    value = 400,
    look = { skin = "tan", hair = "black", hair_style = "covered", age = "adult", glasses = false, headwear = "hijab" },
  },
  start = "arrive",
  beats = {
    narration {
      id = "arrive",
      text = "A woman in a depot fleece has been watching the clock above your desk. Beside her a girl of nine colours in a leaflet, pressing hard. The woman comes over, keeping her voice low.",
      next = "first_ask",
    },

    decision {
      id = "first_ask",
      says = "\"Layla Haddad. Her scan was at ten; they said the doctor would see us straight after. It's nearly one.\" She glances back. \"Is something wrong? Is that why nobody's saying?\"",
      situation = { fault = "nobody", line = "none", best_placed = "us", stress = "high", complexity = "low", importance_customer = "high", importance_business = "medium", time = "medium", trust = "low", relationship = "high" },
      prompt = "She asked about the wait. What is she really asking?",
      answers = {
        answer {
          mode = "avoid",
          says = "The doctor will call you when she's ready. If you'd like to take a seat.",
          reaction = "She doesn't move. \"That's what the last person said.\"",
          effects = { trust = -10, wall = 15 },
          next = "raised",
          fit = 1,
          why = "Her fear is not a small thing; a stock line tells her nobody is looking.",
        },
        answer {
          mode = "accommodate",
          says = "Oh, I'm sure it's nothing! Let me see if I can get you in next.",
          reaction = "\"Next? Really?\" She looks at the full waiting room.",
          effects = { trust = 6, wall = -5, flags = { promised_next = true } },
          next = "ward_call",
          fit = 2,
          why = "Reassurance you can't back up borrows trust you may not be able to repay.",
        },
        answer {
          mode = "compromise",
          says = "I can't speed the doctor up, but I can find out roughly how long.",
          reaction = "\"Fine. Thank you.\"",
          effects = { trust = 4, wall = -5 },
          next = "ward_call",
          fit = 3,
          why = "A fair next step, but it answers the wait and not the fear she voiced.",
        },
        answer {
          mode = "collaborate",
          says = "Three hours with no word, and Layla beside you: I'd be worried too. The whole clinic's running late. Can I check where she is on the list?",
          reaction = "She lets out a breath. \"Please.\"",
          effects = { trust = 6, wall = -25, mood = "wary", flags = { validated = true } },
          next = "ward_call",
          fit = 5,
          why = "Name her worry and the facts first, then offer to check: empathy before solutions.",
        },
        answer {
          mode = "compete",
          says = "I need you to keep your voice down. Other patients are waiting.",
          reaction = "\"I am keeping it down.\" She was. Now she isn't.",
          effects = { trust = -15, wall = 25, mood = "angry" },
          next = "raised",
          fit = 1,
          why = "Correcting a worried mother's tone mirrors her stress right back at her.",
        },
      },
    },

    decision {
      id = "raised",
      says = "\"I've been polite for three hours!\" Heads turn. Layla starts to cry, and her mother turns to her, then back to you, torn.",
      situation = { fault = "nobody", line = "none", best_placed = "us", stress = "high", complexity = "low", importance_customer = "medium", importance_business = "low", time = "medium", trust = "low", relationship = "high" },
      prompt = "Layla is crying and the waiting room is watching. What does this minute need?",
      answers = {
        answer {
          mode = "avoid",
          says = "Go to her. I'll be right here when you're ready.",
          reaction = "She holds Layla until the crying stops. When she comes back, her voice is steady.",
          effects = { trust = 4, wall = -25, mood = "upset", flags = { cooled = true } },
          next = "ward_call",
          fit = 5,
          why = "She needs a minute with her child more than an answer; stepping back lets everyone cool down.",
        },
        answer {
          mode = "accommodate",
          says = "Okay, okay. Come with me, I'll take you straight to the doctor.",
          reaction = "She's already on her feet.",
          effects = { trust = 5, flags = { barged_in = true } },
          next = "interrupted",
          fit = 1,
          why = "Giving way to the loudest voice walks her into another family's appointment.",
        },
        answer {
          mode = "compromise",
          says = "If you'll take a seat, I'll chase the doctor in ten minutes.",
          reaction = "She sits, arms folded, eyes on you.",
          effects = { trust = 2, wall = -5 },
          next = "ward_call",
          fit = 2,
          why = "Trading her calm for a promise puts conditions on help she hasn't felt yet.",
        },
        answer {
          mode = "collaborate",
          says = "You're right, I brushed you off, and I'm sorry. Let me find out where Layla is right now.",
          reaction = "She nods, one hand on Layla's back.",
          effects = { trust = 6, wall = -20, mood = "wary", flags = { validated = true } },
          next = "ward_call",
          fit = 4,
          why = "Owning the brush-off is right, but with Layla in tears she can't take it in yet.",
        },
        answer {
          mode = "compete",
          says = "If you can't stay calm, I'll have to call security.",
          reaction = "Layla cries harder.",
          effects = { trust = -20, wall = 20, mood = "furious", reputation = -1 },
          next = "walked_out",
          fit = 1,
          why = "Force is for real danger; threatening a frightened parent makes a scene in front of her child.",
        },
      },
    },

    -- Marisol Reyes answers the ward phone. How she treats you depends on wrong_size.
    route {
      id = "ward_call",
      cases = {
        { when = function(s) return s.story.marisol_fan end, next = "marisol_fan" },
        { when = function(s) return s.outcomes and s.outcomes.wrong_size == "lost" end, next = "marisol_cool" },
      },
      otherwise = "marisol_plain",
    },

    narration {
      id = "marisol_plain",
      text = "You ring the ward. The nurse, Marisol Reyes, says the report is back and Dr Lindqvist will see Layla at half one. Forty minutes more.",
      next = "promise_check",
    },
    narration {
      id = "marisol_fan",
      text = "You ring the ward. Marisol Reyes hears your voice and warms. \"The one from Hallam's!\" She comes out herself, says hello to Layla, and tells her mum: report's back, half one. \"You're in good hands at this desk.\"",
      effects = { trust = 10, wall = -10, flags = { marisol_helped = true } },
      next = "promise_check",
    },
    narration {
      id = "marisol_cool",
      text = "You ring the ward. Marisol Reyes answers, and pauses: she last saw you across the returns desk at Hallam's. \"Report's back. Half one, maybe later.\" She hangs up. Mrs Haddad watched your face.",
      effects = { trust = -3, flags = { marisol_cool = true } },
      next = "promise_check",
    },

    route {
      id = "promise_check",
      cases = {
        { when = function(s) return s.flags.promised_next end, next = "broken_promise" },
      },
      otherwise = "news",
    },
    narration {
      id = "broken_promise",
      text = "\"Half one? You said next.\" She sits down heavily and doesn't look up when you speak to her again.",
      effects = { trust = -8, wall = 5 },
      next = "news",
    },

    decision {
      id = "news",
      says = "She leans in. \"Your screen says if it's urgent, doesn't it? Just tell me if it's bad. I won't say you told me.\"",
      situation = { fault = "nobody", line = "firm", best_placed = "someone_else", stress = "high", complexity = "medium", importance_customer = "high", importance_business = "medium", time = "medium", trust = "medium", relationship = "high" },
      prompt = "What is she asking you for, and who can give it to her?",
      answers = {
        answer {
          mode = "avoid",
          says = "That's one for Dr Lindqvist: she can read it and explain it properly. She'll see you at half one.",
          reaction = "\"Half one.\" She nods slowly and sits back down.",
          effects = { trust = 12, wall = -10, mood = "calm" },
          next = "hungry",
          fit = 5,
          why = "Someone else can answer this far better than you: passing it to the doctor, with a time, keeps the rule and spares her a guess.",
        },
        answer {
          mode = "accommodate",
          says = "Between us? It's marked routine. I'm sure it's fine.",
          reaction = "\"Routine.\" She closes her eyes. \"Thank you.\"",
          effects = { trust = 12, reputation = -1, flags = { disclosed = true } },
          next = "hungry",
          fit = 1,
          why = "You can't read a scan report; a guess about a child's results can be wrong either way.",
        },
        answer {
          mode = "compromise",
          says = "I can't read it to you. I could ask the nurse whether it's marked urgent, if that would help?",
          reaction = "\"Would you?\" She watches you pick up the phone.",
          effects = { trust = 2 },
          next = "hungry",
          fit = 2,
          why = "'Urgent or not' is still a reading of the result: half a disclosure is still a disclosure.",
        },
        answer {
          mode = "collaborate",
          says = "I can't see what it says, and guessing wouldn't be fair to Layla. The doctor will go through it properly. Until then, what would help you most?",
          reaction = "She thinks. \"She hasn't eaten. That's what's getting to her.\"",
          effects = { trust = 6, wall = -5 },
          next = "hungry",
          fit = 4,
          why = "Kind, and the rule holds, but she asked one question and the doctor is the person to answer it.",
        },
        answer {
          mode = "compete",
          says = "I'm not able to discuss results. Only the doctor can do that.",
          reaction = "\"Right.\" She goes back to her seat.",
          effects = { trust = -6, wall = 10 },
          next = "hungry",
          fit = 3,
          why = "The rule must hold, but said flatly the no sounds like a door closing.",
        },
      },
    },

    decision {
      id = "hungry",
      says = "Layla tugs her sleeve. \"Mama, I'm hungry.\" Nothing since seven; the scan needed an empty stomach. \"If we go to the café and they call us, we lose our place. Don't we?\"",
      situation = { fault = "nobody", line = "flexible", best_placed = "us", stress = "medium", complexity = "low", importance_customer = "high", importance_business = "low", time = "medium", relationship = "high" },
      prompt = "Layla hasn't eaten since seven. What does her mum need to hear?",
      answers = {
        answer {
          mode = "avoid",
          says = "It's up to you, really. I can't say exactly when she'll call.",
          reaction = "They stay. Layla leans on her, hungry.",
          effects = { trust = -6 },
          next = "see_doctor",
          fit = 2,
          why = "You hold the information; leaving her to gamble on the timing hands the problem back.",
        },
        answer {
          mode = "accommodate",
          says = "Go and get her something. If she calls, I'll come and find you myself.",
          reaction = "\"You'd do that?\" She takes Layla's hand.",
          effects = { trust = 12, wall = -10, mood = "calm", flags = { held_place = true } },
          next = "see_doctor",
          fit = 5,
          why = "Her child matters far more to her than the list does to us: a few steps from your desk cost little and show someone is on her side.",
        },
        answer {
          mode = "compromise",
          says = "Go, but be quick. If you're not back when she calls, you drop one place.",
          reaction = "They hurry off. She checks her watch all the way down the corridor.",
          effects = { trust = 4, flags = { held_place = true } },
          next = "see_doctor",
          fit = 3,
          why = "Fair to the list, though it sends a hungry child off in a hurry.",
        },
        answer {
          mode = "collaborate",
          says = "Let's not make you choose. Give me your mobile and I'll ring when she's ready. And the ward keeps toast for children after scans; shall I ask?",
          reaction = "\"Yes. Please.\" She writes her number on the leaflet.",
          effects = { trust = 2, wall = -5, flags = { held_place = true, asked_ward = true } },
          next = "snack",
          fit = 4,
          why = "Generous and thorough, but she only needed her place kept; promising the ward's toast makes her wait on a favour.",
        },
        answer {
          mode = "compete",
          says = "I'd stay put. Miss your name and you go to the back of the list.",
          reaction = "She sits back down. Layla starts to cry quietly.",
          effects = { trust = -10, wall = 10, mood = "upset" },
          next = "see_doctor",
          fit = 1,
          why = "Enforcing the list at a hungry child's expense wins a point nobody was arguing.",
        },
      },
    },

    route {
      id = "snack",
      cases = {
        { when = function(s) return s.flags.marisol_cool end, next = "snack_refused" },
      },
      otherwise = "snack_ok",
    },
    narration {
      id = "snack_ok",
      text = "Two minutes later a healthcare assistant brings apple juice and toast. Layla eats on her mum's knee, and her mum's shoulders come down.",
      effects = { trust = 8 },
      next = "see_doctor",
    },
    narration {
      id = "snack_refused",
      text = "Marisol says the ward's snacks are for ward patients. You ring the café instead; a sandwich comes up twenty minutes later.",
      effects = { trust = 2 },
      next = "see_doctor",
    },

    route {
      id = "see_doctor",
      cases = {
        { when = function(s) return s.flags.disclosed end, next = "misled" },
      },
      otherwise = "consult",
    },
    narration {
      id = "consult",
      text = "At 1:35 Dr Lindqvist calls them in. Twenty minutes later they come out, Layla holding a sticker and a leaflet about migraines.",
      next = "verdict",
    },
    narration {
      id = "misled",
      text = "Dr Lindqvist calls them in: most likely migraine, but she wants a second scan in three months. Coming out, Mrs Haddad stops at your desk. \"'Routine', you said. I told her dad it was nothing.\"",
      effects = { trust = -20, wall = 15, mood = "upset" },
      next = "verdict",
    },

    route {
      id = "verdict",
      cases = {
        { when = function(s) return s.flags.disclosed end, next = "complaint" },
        { when = function(s) return s.trust >= 60 and (s.flags.validated or s.flags.cooled) end, next = "thank_you" },
        { when = function(s) return s.trust >= 45 end, next = "settled" },
      },
      otherwise = "transferred",
    },

    ending {
      id = "thank_you",
      outcome = "won_back",
      text = "\"Migraine, she thinks. Another scan in three months, to be sure.\" She breathes out for what seems the first time since ten. \"Thank you for checking on us.\" Layla gives you her sticker.",
      effects = { reputation = 2, mood = "pleased" },
    },
    ending {
      id = "settled",
      outcome = "kept",
      text = "\"Migraine, probably.\" She nods to you, tired, and books the follow-up before they go.",
      effects = { reputation = 1 },
    },
    ending {
      id = "complaint",
      outcome = "escalated",
      text = "She books the follow-up, then asks for patient liaison. Her complaint names the front desk: three hours without news, and a result called 'routine' by someone who couldn't know.",
      effects = { reputation = -1 },
    },
    ending {
      id = "transferred",
      outcome = "lost",
      text = "She doesn't stop at the desk. A week later Layla's follow-up moves to the hospital across town: \"Mother reports poor communication.\"",
      effects = { reputation = -1 },
    },
    ending {
      id = "walked_out",
      outcome = "lost",
      text = "She picks Layla up and leaves without seeing the doctor. \"We'll go to A&E. At least they talk to you.\"",
      effects = { reputation = -1 },
    },
    ending {
      id = "interrupted",
      outcome = "escalated",
      text = "You open the door on another family mid-appointment. Dr Lindqvist asks you both to wait outside, and the clinic manager takes Mrs Haddad to patient liaison.",
      effects = { reputation = -1 },
    },
  },
}
