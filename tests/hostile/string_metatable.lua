-- expect: boolean value
-- line: 4
-- The string metatable is locked: scripts cannot reach the host's string library.
getmetatable("").__index.upper = function() return "pwned" end
