-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Effects with 60000 long unknown names: the engine checks each for a typo, outside the budget.
-- play: collaborate
-- play-expect: unknown field
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_many_unknown_keys",
  collaborate = function(s) local t, k = {}, string.rep("q", 400) for i = 1, 60000 do t[k .. i] = 1 end return t end,
}
