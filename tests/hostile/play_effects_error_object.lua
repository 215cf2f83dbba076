-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- An error object whose __tostring loops.
-- play: collaborate
-- play-expect: error object is a table
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_error_object",
  collaborate = function(s) error(setmetatable({}, { __tostring = function() while true do end end })) end,
}
