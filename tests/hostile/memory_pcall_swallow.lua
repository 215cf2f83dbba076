-- expect: MB of memory
-- line: 4
-- pcall cannot swallow the memory cap either.
while true do pcall(function() local s = string.rep("x", 1 << 30) end) end
