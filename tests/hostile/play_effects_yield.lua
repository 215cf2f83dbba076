-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- An effects function that yields to the engine.
-- play: collaborate
-- play-expect: outside a coroutine
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_yield",
  collaborate = function(s) coroutine.yield({ trust = 100 }) end,
}
