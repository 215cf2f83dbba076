-- expect: table.sort: sorting
-- line: 6
-- Two million numbers sort in C for about a second.
local t = {}
for i = 1, 2000000 do t[i] = -i end
table.sort(t)
