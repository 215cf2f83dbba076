-- A module that does not compile (tests/hostile/error_module_syntax.lua).
local x = = 1
