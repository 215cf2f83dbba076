-- expect: endless loop
-- line: 6
-- Each call shifts a million elements: few instructions, much work.
local t = {}
for i = 1, 1000000 do t[i] = i end
while true do table.insert(t, 1, 0) table.remove(t, 1) end
