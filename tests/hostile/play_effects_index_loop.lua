-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Effects returned with an __index that loops: the engine reads tables raw, so they must be plain.
-- play: collaborate
-- play-expect: plain tables
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_index_loop",
  collaborate = function(s) return setmetatable({}, { __index = function() while true do end end }) end,
}
