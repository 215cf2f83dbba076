-- expect: MB of memory
-- line: 4
local t = {}
for i = 1, math.huge do t = { t, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 } end
