-- expect: endless loop
-- line: 3
local mt = { __eq = function() while true do end end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
return a == b
