-- expect: matching this pattern ran the script past its budget
-- line: 4
-- The example from the issue: hours in Lua's own matcher.
return string.find(string.rep("a", 200000), string.rep("a*", 20) .. "b")
