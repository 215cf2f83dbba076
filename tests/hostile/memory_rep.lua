-- expect: MB of memory
-- line: 3
local s = string.rep("x", 1 << 30)
return s
