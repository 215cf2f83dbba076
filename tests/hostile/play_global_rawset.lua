-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A global kept between calls through rawset on _G.
-- play: collaborate
-- play-expect: assignment to global 'n' during play
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_global_rawset",
  collaborate = function(s) rawset(_G, "n", (rawget(_G, "n") or 0) + 1) return {} end,
}
