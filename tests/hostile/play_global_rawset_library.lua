-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A value kept between calls in a library table through rawset.
-- play: collaborate
-- play-expect: assignment to 'math.n' during play
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_global_rawset_library",
  collaborate = function(s) rawset(math, "n", 1) return {} end,
}
