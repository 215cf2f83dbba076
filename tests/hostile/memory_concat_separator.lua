-- expect: MB of memory
-- line: 5
local t = {}
for i = 1, 100 do t[i] = "x" end
return table.concat(t, string.rep(",", 1000000))
