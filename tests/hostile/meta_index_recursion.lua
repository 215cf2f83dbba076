-- expect: stack overflow
-- line: 3
local t = setmetatable({}, { __index = function(self, k) return self[k] end })
return t.x
