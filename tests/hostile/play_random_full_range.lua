-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- s.random over the whole 64-bit range (it once killed the engine with SIGFPE); the
-- error after it shows the call returned.
-- play: collaborate
-- play-expect: drew an integer
-- play-line: 11
-- then: accommodate
return require("lib.mini") {
  id = "play_random_full_range",
  collaborate = function(s) error("drew an " .. math.type(s.random(math.mininteger, math.maxinteger))) end,
}
