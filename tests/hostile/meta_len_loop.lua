-- expect: endless loop
-- line: 3
local t = setmetatable({}, { __len = function() while true do end end })
return #t
