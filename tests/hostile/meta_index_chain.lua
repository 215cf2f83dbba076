-- expect: chain too long
-- line: 7
-- A loop of __index tables: the VM gives up after 2000 links.
local t = {}
t = setmetatable(t, { __index = setmetatable({}, {}) })
getmetatable(t).__index = t
return t.anything
