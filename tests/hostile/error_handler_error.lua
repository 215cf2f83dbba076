-- expect: error in error handling
-- line: 5
-- An error handler that errors gets "error in error handling", as in Lua.
local ok, err = xpcall(function() error("first") end, function(e) error(e) end)
error(err)
