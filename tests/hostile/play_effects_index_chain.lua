-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- Effects whose __index chain loops (2000 links, then an error).
-- play: collaborate
-- play-expect: plain tables
-- play-line: 9
-- then: accommodate
local looped = {}
setmetatable(looped, { __index = looped })
return require("lib.mini") {
  id = "play_effects_index_chain",
  collaborate = function(s) return looped end,
}
