-- expect: MB of memory
-- line: 5
local parts = {}
for i = 1, 40 do parts[i] = string.rep("y", 1 << 20) end
local s = table.concat(parts) .. table.concat(parts)
return s
