-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- An __eq metamethod that loops, compared inside effects.
-- play: collaborate
-- play-expect: endless loop
-- play-line: 8
-- then: accommodate
local mt = { __eq = function() while true do end end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
return require("lib.mini") {
  id = "play_effects_metamethod_eq",
  collaborate = function(s) if a == b then return { trust = 1 } end end,
}
