-- expect: near '='
-- file: lib/broken.lua
-- line: 2
-- A module that does not compile: the error is at the module's line, in the module's file.
return require("lib.broken")
