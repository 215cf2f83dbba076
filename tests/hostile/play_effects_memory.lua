-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A memory bomb in an effects function.
-- play: collaborate
-- play-expect: MB of memory
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_memory",
  collaborate = function(s) local t = "x" while true do t = t .. t end end,
}
