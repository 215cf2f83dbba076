-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- pcall cannot swallow the budget inside an effects function.
-- play: collaborate
-- play-expect: endless loop
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_pcall_loop",
  collaborate = function(s) while true do pcall(function() while true do end end) end end,
}
