-- expect: endless loop
-- line: 4
-- string.format("%s") calls __tostring from C.
local t = setmetatable({}, { __tostring = function() while true do end end })
return string.format("%s", t)
