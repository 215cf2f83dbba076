-- expect: endless loop
-- line: 5
local t = {}
for i = 1, 500000 do t[i] = "ab" end
while true do local s = table.concat(t) end
