-- expect: MB of memory
-- line: 4
local s = string.rep("x", 1000000)
return (s:gsub("x", string.rep("y", 100)))
