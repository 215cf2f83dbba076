-- A module that raises while it loads (tests/hostile/error_in_module.lua).
local x = 1
error("raised in a module")
