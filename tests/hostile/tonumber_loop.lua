-- expect: endless loop
-- line: 4
local s = string.rep("7", 4000000)
while true do local n = tonumber(s) end
