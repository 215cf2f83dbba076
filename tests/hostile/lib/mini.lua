-- The minimal encounter the play_*.lua cases share (as in tests/minimal_encounter.hpp),
-- decision "ask" with five answers, endings "kept" and "lost". A case passes only its hostile
-- piece, so the hostile code, and the line the tests expect, stay in the case file.
--
--   return require("lib.mini") {
--     id = "play_effects_loop",                      -- the encounter id; the title is "Hostile: <id>"
--     collaborate = function(s) while true do end end, -- the collaborate answer's effects
--   }
--
-- Fields, all optional but id:
--   collaborate  effects of the collaborate answer (default { trust = 20, wall = -30 })
--   when         a route condition: collaborate goes to route "check", "kept" if it holds, else "lost"
--   next         where collaborate goes (default "check" with `when`, else "kept")
--   beats        more beats (narration, ending, ...), placed before "kept" and "lost"
return function(case)
  local beats = {
    decision {
      id = "ask",
      says = "\"Help me.\"",
      answers = {
        answer { mode = "avoid", says = "Later.", effects = { trust = -10 }, next = "lost", fit = 1, why = "Too important to dodge." },
        answer { mode = "accommodate", says = "Anything you like.", effects = { trust = 10, money = -50 }, next = "kept", fit = 3, why = "Generous but costly." },
        answer { mode = "compromise", says = "Half now.", effects = { trust = 4 }, next = "kept", fit = 2, why = "A middle way." },
        answer { mode = "collaborate", says = "Tell me more.", effects = case.collaborate or { trust = 20, wall = -30 },
                 next = case.next or (case.when and "check") or "kept", fit = 5, why = "Both matter." },
        answer { mode = "compete", says = "Rules are rules.", effects = { trust = -20 }, next = "lost", fit = 1, why = "Raises the wall." },
      },
    },
  }
  if case.when then
    beats[#beats + 1] = route { id = "check", cases = { { when = case.when, next = "kept" } }, otherwise = "lost" }
  end
  for _, beat in ipairs(case.beats or {}) do beats[#beats + 1] = beat end
  beats[#beats + 1] = ending { id = "kept", outcome = "kept", text = "She stays." }
  beats[#beats + 1] = ending { id = "lost", outcome = "lost", text = "She goes." }
  return encounter {
    id = case.id,
    title = "Hostile: " .. case.id,
    setting = { sector = "retail", place = "A counter" },
    customer = { name = "Ana Lima", role = "Customer", life = "Busy day.", mood = "upset", trust = 40, wall = 50, value = 100 },
    start = "ask",
    beats = beats,
  }
end
