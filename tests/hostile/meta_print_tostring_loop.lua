-- expect: endless loop
-- line: 4
-- print formats its arguments with __tostring.
local t = setmetatable({}, { __tostring = function() while true do end end })
print("the customer:", t)
