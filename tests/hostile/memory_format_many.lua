-- expect: MB of memory
-- line: 5
local s, parts = string.rep("z", 1 << 20), {}
for i = 1, 100 do parts[i] = s end
return string.format(string.rep("%s", 100), table.unpack(parts))
