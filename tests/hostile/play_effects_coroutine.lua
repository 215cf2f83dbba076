-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- An endless loop inside a coroutine inside an effects function.
-- play: collaborate
-- play-expect: endless loop
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_coroutine",
  collaborate = function(s) local f = coroutine.wrap(function() while true do end end) f() end,
}
