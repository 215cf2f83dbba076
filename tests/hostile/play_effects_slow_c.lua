-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Few instructions, each a long C call: upper() on 4 MB.
-- play: collaborate
-- play-expect: endless loop
-- play-line: 22
-- then: accommodate
return encounter {
  id = "play_effects_slow_c",
  title = "Hostile: play_effects_slow_c",
  setting = { sector = "retail", place = "A counter" },
  customer = { name = "Ana Lima", role = "Customer", life = "Busy day.", mood = "upset", trust = 40, wall = 50, value = 100 },
  start = "ask",
  beats = {
    decision {
      id = "ask",
      says = "\"Help me.\"",
      answers = {
        answer { mode = "avoid", says = "Later.", effects = { trust = -10 }, next = "lost", fit = 1, why = "Too important to dodge." },
        answer { mode = "accommodate", says = "Anything you like.", effects = { trust = 10, money = -50 }, next = "kept", fit = 3, why = "Generous but costly." },
        answer { mode = "compromise", says = "Half now.", effects = { trust = 4 }, next = "kept", fit = 2, why = "A middle way." },
        answer { mode = "collaborate", says = "Tell me more.", effects = function(s) local x = string.rep("x", 4000000) while true do local u = x:upper() end end, next = "kept", fit = 5, why = "Both matter." },
        answer { mode = "compete", says = "Rules are rules.", effects = { trust = -20 }, next = "lost", fit = 1, why = "Raises the wall." },
      },
    },
    ending { id = "kept", outcome = "kept", text = "She stays." },
    ending { id = "lost", outcome = "lost", text = "She goes." },
  },
}
