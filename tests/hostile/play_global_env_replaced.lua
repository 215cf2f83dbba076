-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Replacing _ENV for every function of the file, keeping a fresh global table between calls.
-- play: collaborate
-- play-expect: replaced _ENV during play
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_global_env_replaced",
  collaborate = function(s) _ENV = { n = 1, trust = 20 } return {} end,
}
