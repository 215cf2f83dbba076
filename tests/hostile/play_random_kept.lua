-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- s.random kept from one call and called in a later one (it once read freed memory).
-- play: collaborate
-- play-expect: s.random can only be used during the call that received it
-- play-line: 14
-- then: accommodate
local kept = {}
return require("lib.mini") {
  id = "play_random_kept",
  collaborate = function(s) kept.random = s.random return { trust = 1 } end,
  next = "later",
  beats = {
    narration { id = "later", text = "Later.", next = "kept", effects = function(s) return { trust = kept.random(1, 6) } end },
  },
}
