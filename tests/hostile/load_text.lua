-- expect: global 'load'
-- line: 3
local f = load("return 1")
return f
