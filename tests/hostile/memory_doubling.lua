-- expect: MB of memory
-- line: 4
local s = "x"
while true do s = s .. s end
