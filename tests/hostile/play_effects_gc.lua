-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A finalizer created during play.
-- play: collaborate
-- play-expect: __gc is not allowed
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_gc",
  collaborate = function(s) setmetatable({}, { __gc = function() while true do end end }) end,
}
