-- expect: matching this pattern ran the script past its budget
-- line: 4
local s = string.rep("a", 200000)
return ("x"):gsub("x", function() return s:find(("a*"):rep(10) .. "b") end)
