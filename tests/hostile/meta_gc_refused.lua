-- expect: __gc is not allowed
-- line: 4
-- A finalizer would run whenever the collector likes, outside any budget.
local t = setmetatable({}, { __gc = function() while true do end end })
return t
