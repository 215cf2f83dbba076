-- expect: endless loop
-- line: 6
-- Each step copies 2 MB into a string thrown away at once: memory never fills, but
-- the copying is charged, so the loop stops on its budget, not on the clock.
local s = string.rep("x", 2000000)
while true do local t = s .. "y" end
