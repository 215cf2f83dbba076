-- expect: endless loop
-- line: 4
-- One line: yields are slow (each unwinds the C stack), so either limit may trip in either thread.
local co = coroutine.wrap(function() for i = 1, math.huge do coroutine.yield(i) end end) for _ = 1, math.huge do co() end
