-- expect: MB of memory
-- line: 4
local keep = {}
while true do keep[#keep + 1] = coroutine.create(function() end) end
