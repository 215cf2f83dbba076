-- expect: endless loop
-- line: 3
local f = coroutine.wrap(function() while true do coroutine.yield() end end)
while true do f() end
