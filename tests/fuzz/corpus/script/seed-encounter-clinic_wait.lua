-- Health: an outpatient reception desk. Seed 002: trust, tact and empathy. A frightened
-- parent needs to feel heard before any answer can land, and a rule that must not bend
-- (only a clinician gives results) has to be held without shutting him out.
-- Reads the campaign: Marisol Reyes (wrong_size) is the ward nurse here. If the player
-- won her back (story.marisol_fan) she backs them up; if she was lost
-- (outcomes.wrong_size == "lost", or story.public_post, which only a lost path sets) she is
-- cool and will not go out of her way.
return encounter {
  id = "clinic_wait",
  title = "The Long Wait",
  setting = { sector = "health", place = "Outpatients reception, St Brigid's Hospital, Wednesday 12:40" },
  customer = {
    name = "Farid Haddad",
    role = "Bus driver, father of a young patient",
    life = "His daughter Layla, nine, had an MRI scan at ten this morning for headaches that wake her at night. He swapped a shift to be here and has told her twice that everything is fine.",
    mood = "upset",
    trust = 40,
    wall = 45,
    value = 400,
  },
  start = "arrive",
  beats = {
    narration {
      id = "arrive",
      text = "A man in a bus-company fleece has been watching the clock above your desk for some time. Beside him a girl of about nine is colouring in a hospital leaflet, pressing hard. He comes to the counter and keeps his voice low, for her sake.",
      next = "first_ask",
    },

    decision {
      id = "first_ask",
      says = "\"Layla Haddad. Her scan was at ten. They said the doctor would see us straight after. It's nearly one. Nobody tells me anything.\" He glances back at her. \"Is something wrong? Is that why nobody's saying?\"",
      situation = { stress = "high", complexity = "low", importance_customer = "high", time = "medium", trust = "low", relationship = "high" },
      prompt = "He asked about the wait. What is he really asking?",
      answers = {
        answer {
          mode = "avoid",
          says = "The doctor will call you when she's ready, Mr Haddad. If you'd like to take a seat.",
          reaction = "He doesn't move. \"That's what the last person said.\"",
          effects = { trust = -10, wall = 15 },
          next = "raised",
          fit = 1,
          why = "Avoiding suits trivial issues or a cooling-off moment; his fear is neither, and a stock line tells him nobody is looking.",
        },
        answer {
          mode = "accommodate",
          says = "Oh, I'm sure it's nothing to worry about! Let me see if I can get you in next.",
          reaction = "\"Next? Really?\" He looks back at the full waiting room.",
          effects = { trust = 6, wall = -5, flags = { promised_next = true } },
          next = "ward_call",
          fit = 2,
          why = "Reassurance you can't back and a promise to jump the queue soothe him for a minute, but they borrow trust you may not be able to repay.",
        },
        answer {
          mode = "compromise",
          says = "I can't speed the doctor up, but I can find out roughly how long it'll be. Give me a few minutes?",
          reaction = "\"Fine. Thank you.\" He stays at the counter.",
          effects = { trust = 4, wall = -5 },
          next = "ward_call",
          fit = 3,
          why = "A fair middle that gives him a next step, but it answers the wait and not the fear he actually voiced.",
        },
        answer {
          mode = "collaborate",
          says = "Nearly three hours with no word, and Layla beside you the whole time. I'd be worried too. The whole clinic is running late, not just her. Can I find out exactly where she is on the list?",
          reaction = "He lets out a breath. \"Please. Yes.\"",
          effects = { trust = 6, wall = -25, mood = "wary", flags = { validated = true } },
          next = "ward_call",
          fit = 5,
          why = "Empathy first (seed 002): naming his worry and summarising the facts lowers the wall, and asking to check serves both him and the clinic's process.",
        },
        answer {
          mode = "compete",
          says = "Sir, I need you to keep your voice down. There are other patients waiting.",
          reaction = "\"I am keeping it down.\" He was. Now he isn't.",
          effects = { trust = -15, wall = 25, mood = "angry" },
          next = "raised",
          fit = 1,
          why = "Competing fits stopping exploitation, not a worried father; correcting his tone mirrors his stress back at him (seed 004).",
        },
      },
    },

    decision {
      id = "raised",
      says = "\"I've been polite for three hours.\" His voice carries now. Layla has stopped colouring. Two people in the front row look at the floor. \"Just tell me what is going on with my daughter.\"",
      situation = { stress = "high", complexity = "low", time = "medium", trust = "low", relationship = "high" },
      prompt = "His anger is fear with nowhere to go. What lowers the wall now?",
      answers = {
        answer {
          mode = "avoid",
          says = "I'll give you both a minute. I'm right here when you're ready.",
          reaction = "He breathes out, sits down and puts an arm round Layla.",
          effects = { wall = -15, mood = "upset" },
          next = "ward_call",
          fit = 3,
          why = "Avoiding can fit when people need to cool down: a pause with no pressure lets the anger settle, though it does nothing yet for his fear.",
        },
        answer {
          mode = "accommodate",
          says = "Okay, okay. Come with me, I'll take you straight to the doctor's room.",
          reaction = "He's already on his feet.",
          effects = { trust = 5, flags = { barged_in = true } },
          next = "interrupted",
          fit = 1,
          why = "Giving way to the loudest voice walks him into another family's consultation; the cost of this accommodation falls on other patients.",
        },
        answer {
          mode = "compromise",
          says = "If you'll take a seat, I'll chase the doctor in ten minutes. That's the best I can do.",
          reaction = "He sits, arms folded, eyes on you.",
          effects = { trust = 2, wall = -5 },
          next = "ward_call",
          fit = 2,
          why = "Trading his calm for a promise puts conditions on help he hasn't felt yet; the wall is still up.",
        },
        answer {
          mode = "collaborate",
          says = "You're right, I brushed you off, and I'm sorry. You've waited patiently for three hours. Let me find out where Layla is on the list right now and come straight back to you.",
          reaction = "He looks at you properly for the first time. \"Okay.\"",
          effects = { trust = 10, wall = -30, mood = "wary", flags = { validated = true } },
          next = "ward_call",
          fit = 5,
          why = "Owning the brush-off and naming his patience lowers the wall (seed 000), and a concrete next step turns anger back into a plan.",
        },
        answer {
          mode = "compete",
          says = "If you can't stay calm, I'll have to call security.",
          reaction = "Layla starts to cry.",
          effects = { trust = -20, wall = 20, mood = "furious", reputation = -1 },
          next = "walked_out",
          fit = 1,
          why = "Quick decisive force is for real danger; threatening a frightened parent turns his fear into a scene in front of his child.",
        },
      },
    },

    -- Marisol Reyes answers the ward phone. How she treats you depends on wrong_size.
    route {
      id = "ward_call",
      cases = {
        { when = function(s) return s.story.marisol_fan end, next = "marisol_fan" },
        -- lost in wrong_size; public_post is only ever set on a path that loses her
        { when = function(s) return (s.outcomes and s.outcomes.wrong_size == "lost") or s.story.public_post end,
          next = "marisol_cool" },
      },
      otherwise = "marisol_plain",
    },

    narration {
      id = "marisol_plain",
      text = "You ring the ward. The nurse who answers is Marisol Reyes. \"Haddad? The report's back. Dr Lindqvist is two patients behind. Half one, give or take.\" You pass it on. Mr Haddad checks the clock: forty minutes more.",
      next = "promise_check",
    },
    narration {
      id = "marisol_fan",
      text = "You ring the ward. Marisol Reyes answers, and her voice warms when she hears yours. \"You're the one from Hallam's! Give me two minutes.\" She comes out herself, crouches to say hello to Layla, and tells Mr Haddad the report is back and he'll be seen at half one. \"You're in good hands at this desk.\"",
      effects = { trust = 10, wall = -10, flags = { marisol_helped = true } },
      next = "promise_check",
    },
    narration {
      id = "marisol_cool",
      text = "You ring the ward. Marisol Reyes answers. A pause. \"Oh. You.\" She last saw you across the returns desk at Hallam's. \"The report's back. She's behind. Half one, maybe later.\" She hangs up before you can ask anything else. Mr Haddad watched your face the whole time.",
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
      text = "\"Half one?\" He looks at you. \"You said next.\" He sits down heavily, and doesn't look up when you speak to him again.",
      effects = { trust = -8, wall = 5 },
      next = "news",
    },

    decision {
      id = "news",
      says = "He comes back to the counter and leans in. \"You've got a screen there. It says if it's urgent, doesn't it? Just tell me if it's bad. I won't say you told me.\"",
      situation = { stress = "high", complexity = "medium", importance_customer = "high", importance_business = "high", trust = "medium" },
      prompt = "He is asking you to break a rule that should not bend. How do you say no without shutting the door?",
      answers = {
        answer {
          mode = "avoid",
          says = "I really couldn't say, sorry.",
          reaction = "You look back at your screen. He looks at it too.",
          effects = { trust = -8, wall = 10 },
          next = "hungry",
          fit = 2,
          why = "Sidestepping protects the rule but leaves him alone with it; he hears that there is something to hide.",
        },
        answer {
          mode = "accommodate",
          says = "Between us? It's marked routine. I'm sure it's fine.",
          reaction = "\"Routine.\" He closes his eyes. \"Thank you. Thank you.\"",
          effects = { trust = 12, reputation = -1, flags = { disclosed = true } },
          next = "hungry",
          fit = 1,
          why = "You aren't qualified to read a scan report; a guess about a child's results can be wrong either way, and he will hold you to it.",
        },
        answer {
          mode = "compromise",
          says = "I can't tell you anything about the result, and I shouldn't guess. What I can say is the report is back, and you're on her list for half one.",
          reaction = "He nods slowly. \"Half one.\"",
          effects = { trust = 6 },
          next = "hungry",
          fit = 4,
          why = "Sharing what you may (the report is back, the time) and holding back what you may not is an honest middle, though it leaves his fear unaddressed.",
        },
        answer {
          mode = "collaborate",
          says = "I can't see what it says, and it wouldn't be fair to Layla for me to guess. Dr Lindqvist will go through it properly. Until then, what would help you both most?",
          reaction = "He thinks. \"She hasn't eaten. That's what's getting to her.\"",
          effects = { trust = 10, wall = -10, mood = "calm" },
          next = "hungry",
          fit = 5,
          why = "The rule holds for Layla's sake, said with tact, and asking for his perspective (seed 000) turns a refusal into help with the thing he can change.",
        },
        answer {
          mode = "compete",
          says = "I'm not able to discuss results. Only the doctor can do that.",
          reaction = "\"Right.\" He goes back to his seat.",
          effects = { trust = -6, wall = 10 },
          next = "hungry",
          fit = 3,
          why = "Competing fits a rule that must not bend: a clear no protects Layla and the clinic, but said flatly it sounds like a door closing.",
        },
      },
    },

    decision {
      id = "hungry",
      says = "Layla tugs his sleeve. \"Baba, I'm hungry.\" She's had nothing since seven; the scan needed an empty stomach. The café is two floors down. He looks at the corridor, then at you. \"If I go and they call us, we lose our place. Don't we?\"",
      situation = { stress = "medium", complexity = "low", importance_customer = "high", time = "medium", relationship = "high" },
      prompt = "A small problem, but it's the one in front of him. What would flexibility (seed 002) look like here?",
      answers = {
        answer {
          mode = "avoid",
          says = "It's up to you, really. I can't say exactly when she'll call.",
          reaction = "He stays, and Layla leans on him, hungry.",
          effects = { trust = -6 },
          next = "see_doctor",
          fit = 2,
          why = "Leaving him to gamble on the timing hands his dilemma back to him when you hold the information.",
        },
        answer {
          mode = "accommodate",
          says = "Go and get her something. If she calls, I'll come and find you myself.",
          reaction = "\"You'd do that?\" He takes Layla's hand.",
          effects = { trust = 8, wall = -5, flags = { held_place = true } },
          next = "see_doctor",
          fit = 4,
          why = "Accommodating fits when the relationship matters more than the point: a few steps from the desk show him someone is on his side.",
        },
        answer {
          mode = "compromise",
          says = "Go, but be quick. If you're not back when she calls, I can only move you one place down.",
          reaction = "They hurry off. He keeps checking his watch in the corridor.",
          effects = { trust = 4, flags = { held_place = true } },
          next = "see_doctor",
          fit = 3,
          why = "A fair split that keeps the list honest, though it sends a hungry child off in a hurry.",
        },
        answer {
          mode = "collaborate",
          says = "Let's not make you choose. Give me your mobile and I'll ring you the moment she's ready. And the ward keeps juice and toast for children after scans. Shall I ask?",
          reaction = "\"Yes. Please.\" He writes his number on the back of her leaflet.",
          effects = { trust = 8, wall = -10, flags = { held_place = true, asked_ward = true } },
          next = "snack",
          fit = 5,
          why = "Both concerns are too important to trade: he keeps his place and she gets fed, because you asked what the system could do instead of choosing between them.",
        },
        answer {
          mode = "compete",
          says = "I'd stay put if I were you. If you miss your name, you go to the back of the list.",
          reaction = "He sits back down. Layla starts to cry quietly.",
          effects = { trust = -10, wall = 10, mood = "upset" },
          next = "see_doctor",
          fit = 1,
          why = "Enforcing the list at a hungry child's expense wins a point nobody was arguing and costs the relationship.",
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
      text = "Two minutes later a healthcare assistant brings apple juice and toast. Layla eats it on her dad's knee, and goes back to her colouring. Mr Haddad watches her, and his shoulders come down.",
      effects = { trust = 8 },
      next = "see_doctor",
    },
    narration {
      id = "snack_refused",
      text = "Marisol says the ward's snacks are for ward patients and she can't make exceptions for the front desk. You ring the café instead; a sandwich comes up twenty minutes later. Layla eats half of it.",
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
      text = "At 1:35 Dr Lindqvist calls them in. Twenty minutes later they come out. Layla is holding a leaflet about migraines and a sticker. Mr Haddad stops at your desk on the way past.",
      next = "verdict",
    },
    narration {
      id = "misled",
      text = "At 1:35 Dr Lindqvist calls them in. The scan shows nothing serious, most likely migraine, but she wants a second scan in three months to be thorough. Coming out, Mr Haddad stops at your desk. \"'Routine', you said. I told her mum it was nothing.\"",
      effects = { trust = -20, wall = 15, mood = "upset" },
      next = "verdict",
    },

    route {
      id = "verdict",
      cases = {
        { when = function(s) return s.flags.disclosed end, next = "complaint" },
        { when = function(s) return s.trust >= 60 and s.flags.validated end, next = "thank_you" },
        { when = function(s) return s.trust >= 45 end, next = "settled" },
      },
      otherwise = "transferred",
    },

    ending {
      id = "thank_you",
      outcome = "won_back",
      text = "\"Migraine, she thinks. Another scan in three months, just to be sure.\" He lets out a breath he seems to have held since ten. \"Thank you for checking on us. Not everyone would.\" Layla gives you her sticker.",
      effects = { reputation = 2, mood = "pleased" },
    },
    ending {
      id = "settled",
      outcome = "kept",
      text = "\"Migraine, probably. Another scan in three months.\" He nods to you, tired, and books the follow-up before they go.",
      effects = { reputation = 1 },
    },
    ending {
      id = "complaint",
      outcome = "escalated",
      text = "He books the follow-up, then asks for the patient liaison office. His complaint names the front desk: three hours without news, and a result called 'routine' by someone who couldn't know.",
      effects = { reputation = -1 },
    },
    ending {
      id = "transferred",
      outcome = "lost",
      text = "He doesn't stop at the desk. A week later his GP asks for Layla's follow-up scan to be moved to the hospital across town: \"Father reports poor communication at St Brigid's.\"",
      effects = { reputation = -1 },
    },
    ending {
      id = "walked_out",
      outcome = "lost",
      text = "He picks Layla up and walks out without seeing the doctor. At the door he turns: \"We'll go to A&E. At least they talk to you.\" The clinic will have to rebook the appointment, and explain the gap in her notes.",
      effects = { reputation = -1 },
    },
    ending {
      id = "interrupted",
      outcome = "escalated",
      text = "You knock and open the door on another family mid-consultation. Dr Lindqvist asks you both to wait outside. The clinic manager takes Mr Haddad to the patient liaison office, and takes you aside afterwards.",
      effects = { reputation = -1 },
    },
  },
}
