-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A condition handing the engine a table with a metatable.
-- play: collaborate
-- play-expect: plain tables
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_condition_returns_metatable",
  when = function(s) return setmetatable({}, { __index = function() while true do end end }) end,
}
