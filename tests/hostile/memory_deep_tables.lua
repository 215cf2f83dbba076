-- expect: MB of memory
-- line: 4
local t = {}
while true do t = { t, t, t, t, t, t, t, t, {}, {}, {} } end
