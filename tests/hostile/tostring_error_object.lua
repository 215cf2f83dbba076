-- expect: error object is a table
-- line: 4
local evil = setmetatable({}, { __tostring = function() while true do end end })
error(evil)
