-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Taking the frozen globals' metatable away.
-- play: collaborate
-- play-expect: cannot change a protected metatable
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_global_setmetatable",
  collaborate = function(s) setmetatable(_G, nil) return {} end,
}
