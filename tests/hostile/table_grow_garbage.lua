-- expect: endless loop
-- line: 5
-- Each step builds a table of 100,000 slots in one library call and drops it.
local big = string.rep("x,", 100000)
while true do local t = table.pack(string.byte(big, 1, -1)) end
