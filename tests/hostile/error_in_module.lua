-- expect: raised in a module
-- file: lib/raises.lua
-- line: 3
-- An error raised inside a module is at the module's line, in the module's file.
return require("lib.raises")
