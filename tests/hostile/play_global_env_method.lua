-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Assigning through _ENV.
-- play: collaborate
-- play-expect: assignment to global 'n' during play
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_global_env_method",
  collaborate = function(s) _ENV.n = 1 return {} end,
}
