-- expect: matching this pattern ran the script past its budget
-- line: 5
-- The same through the string metatable, as a method call.
local s = string.rep("a", 200000)
return s:find(("a*"):rep(20) .. "b")
