-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A memory bomb in a route condition.
-- play: collaborate
-- play-expect: MB of memory
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_condition_memory",
  when = function(s) local t = {} for i = 1, math.huge do t[i] = { i, i, i, i, i, i, i, i, i, i, i, i } end end,
}
