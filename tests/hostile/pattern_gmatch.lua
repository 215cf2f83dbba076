-- expect: matching this pattern ran the script past its budget
-- line: 3
for w in string.gmatch(string.rep("a", 200000), string.rep("a*", 15) .. "b") do
end
