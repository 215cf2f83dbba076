-- expect: C stack overflow
-- line: 3
local function nest() return coroutine.wrap(nest)() end
return nest()
