-- expect: global 'io'
-- line: 3
local f = io.open("/etc/passwd")
return f
