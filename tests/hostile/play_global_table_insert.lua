-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- table.insert on the globals (a library function writing through them).
-- play: collaborate
-- play-expect: assignment to global '1' during play
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_global_table_insert",
  collaborate = function(s) table.insert(_G, 1) return {} end,
}
