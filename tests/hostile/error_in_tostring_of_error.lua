-- expect: error object is a table
-- line: 3
error(setmetatable({}, { __tostring = function() error("again") end }))
