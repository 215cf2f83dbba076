-- expect: endless loop
-- line: 3
local t = setmetatable({}, { __pairs = function() while true do end end })
for _ in pairs(t) do end
