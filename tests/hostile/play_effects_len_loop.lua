-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Flags nested in the effects carry a metatable.
-- play: collaborate
-- play-expect: plain tables
-- play-line: 10
-- then: accommodate
return require("lib.mini") {
  id = "play_effects_len_loop",
  collaborate = function(s) return { trust = 5, flags = setmetatable({ x = true }, { __len = function() while true do end end }) } end,
}
