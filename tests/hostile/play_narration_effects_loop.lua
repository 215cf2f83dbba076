-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A narration entered after the answer loops in its effects.
-- play: collaborate
-- play-expect: endless loop
-- play-line: 13
-- then: accommodate
return require("lib.mini") {
  id = "play_narration_effects_loop",
  next = "aside",
  beats = {
    narration { id = "aside", text = "She sighs.", next = "kept",
                effects = function(s) while true do end end },
  },
}
