-- expect: budget
-- line: 5
-- %q escapes every byte inside one C call: 1 MB of zero bytes, again and again.
local s = string.rep("\0", 1000000)
for i = 1, 100 do local q = string.format("%q", s) end
