-- expect: endless loop
-- line: 3
local repl = setmetatable({}, { __index = function() while true do end end })
return string.gsub("abc", "%w", repl)
