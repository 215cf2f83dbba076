-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Few instructions, each a long C call: upper() on 4 MB.
-- play: collaborate
-- play-expect: endless loop
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_slow_c",
  collaborate = function(s) local x = string.rep("x", 4000000) while true do local u = x:upper() end end,
}
