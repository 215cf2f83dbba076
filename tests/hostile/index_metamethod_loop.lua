-- expect: endless loop
-- line: 3
local t = setmetatable({}, { __index = function(self, k) while true do end end })
return t.anything
