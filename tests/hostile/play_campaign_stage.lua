-- expect: OK
-- The one stage of play_campaign_next_loop.lua.
return require("lib.mini") { id = "play_campaign_stage" }
