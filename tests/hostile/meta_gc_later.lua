-- expect: __gc is not allowed
-- line: 7
-- __gc added to a metatable after use is refused at the next setmetatable.
local mt = {}
local a = setmetatable({}, mt)
mt.__gc = function() while true do end end
local b = setmetatable({}, mt)
