-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A global kept between calls through rawset on _ENV.
-- play: collaborate
-- play-expect: assignment to global 'n' during play
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_global_rawset_env",
  collaborate = function(s) rawset(_ENV, "n", 1) return {} end,
}
