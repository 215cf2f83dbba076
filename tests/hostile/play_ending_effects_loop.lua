-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- An ending's effects function loops.
-- play: collaborate
-- play-expect: endless loop
-- play-line: 12
-- then: accommodate
return require("lib.mini") {
  id = "play_ending_effects_loop",
  next = "won",
  beats = {
    ending { id = "won", outcome = "won_back", text = "She smiles.", effects = function(s) while true do end end },
  },
}
