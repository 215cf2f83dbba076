-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Effects returned with an __index that raises: it would raise where nothing catches it.
-- play: collaborate
-- play-expect: plain tables
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_index_error",
  collaborate = function(s) return setmetatable({}, { __index = function() error("boom") end }) end,
}
