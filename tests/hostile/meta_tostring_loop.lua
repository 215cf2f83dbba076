-- expect: endless loop
-- line: 4
-- tostring() calls __tostring: script code, counted like any other.
local t = setmetatable({}, { __tostring = function() while true do end end })
return tostring(t)
