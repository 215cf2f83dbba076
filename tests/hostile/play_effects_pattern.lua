-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Catastrophic backtracking inside one string.find.
-- play: collaborate
-- play-expect: matching this pattern
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_pattern",
  collaborate = function(s) return { trust = string.find(string.rep("a", 200000), string.rep("a*", 20) .. "b") } end,
}
