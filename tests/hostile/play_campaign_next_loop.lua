-- expect: OK
-- Loads fine; playing it is hostile (tests/test_hardening.cpp plays it with one mode).
-- The campaign's routing function loops the first time it runs.
-- play: collaborate
-- play-expect: endless loop
-- play-line: 15
-- then: collaborate
local calls = 0
return campaign {
  id = "hostile_campaign",
  title = "Hostile campaign",
  start = "one",
  stages = {
    stage { id = "one", file = "play_campaign_stage.lua",
            next = function(s) calls = calls + 1 if calls == 1 then while true do end end return nil end },
  },
}
