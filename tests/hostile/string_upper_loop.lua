-- expect: endless loop
-- line: 4
local s = string.rep("x", 4000000)
while true do local u = s:upper() end
