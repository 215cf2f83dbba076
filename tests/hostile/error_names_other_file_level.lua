-- expect: /etc/passwd:1: boom
-- line: 4
-- Lua puts this line in front; the text after it is only text.
local function f() error("/etc/passwd:1: boom", 1) end
f()
