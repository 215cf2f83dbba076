-- expect: MB of memory
-- line: 4
local t = {}
for i = 1, 1e9 do t[i] = { i, i, i, i } end
