-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A value kept between calls in a library table.
-- play: collaborate
-- play-expect: assignment to 'string.n' during play
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_global_library_field",
  collaborate = function(s) string.n = (string.n or 0) + 1 return {} end,
}
