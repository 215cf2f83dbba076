-- expect: endless loop
-- line: 3
local t = setmetatable({}, { __unm = function() while true do end end })
return -t
