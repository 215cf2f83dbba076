-- expect: endless loop
-- line: 3
local t = setmetatable({}, { __concat = function() while true do end end })
return t .. "!"
