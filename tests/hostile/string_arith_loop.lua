-- expect: endless loop
-- line: 5
-- Arithmetic on strings converts them in the string metatable, in C.
local s = string.rep("7", 4000000)
while true do local n = s + 0 end
