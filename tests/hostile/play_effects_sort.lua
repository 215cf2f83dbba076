-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A sort far beyond the budget, in one C call.
-- play: collaborate
-- play-expect: table.sort
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_sort",
  collaborate = function(s) local t = {} for i = 1, 2000000 do t[i] = -i end table.sort(t) end,
}
