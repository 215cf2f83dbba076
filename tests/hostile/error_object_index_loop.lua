-- expect: error object is a table
-- line: 5
-- The engine never asks an error object for anything.
local evil = setmetatable({}, { __index = function() while true do end end, __tostring = function() while true do end end })
error(evil)
