-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- An endless loop in a route condition.
-- play: collaborate
-- play-expect: endless loop
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_condition_loop",
  when = function(s) while true do end end,
}
