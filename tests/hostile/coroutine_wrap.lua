-- expect: endless loop
-- line: 4
-- One line: yields are slow (each one unwinds the C stack), so the time limit may trip in either thread.
local f = coroutine.wrap(function() while true do coroutine.yield() end end) while true do f() end
