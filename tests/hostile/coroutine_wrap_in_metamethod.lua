-- expect: endless loop
-- line: 3
local t = setmetatable({}, { __index = coroutine.wrap(function() while true do end end) })
return t.x
