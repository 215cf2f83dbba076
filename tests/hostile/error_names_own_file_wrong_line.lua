-- expect: ...error_names_own_file_wrong_line.lua:1: boom
-- line: 5
-- This very file, as Lua shortens long names, at a line where nothing runs: only text,
-- the error is at the line that raised it.
error("...error_names_own_file_wrong_line.lua:1: boom", 0)
