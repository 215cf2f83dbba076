-- expect: MB of memory
-- line: 4
local t, big = {}, string.rep("k", 100000)
for i = 1, math.huge do t[big .. i] = i end
