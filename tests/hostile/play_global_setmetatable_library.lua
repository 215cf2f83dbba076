-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- A metatable on a library table to keep values in.
-- play: collaborate
-- play-expect: cannot change a protected metatable
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_global_setmetatable_library",
  collaborate = function(s) setmetatable(table, { __index = { n = 1 } }) return {} end,
}
