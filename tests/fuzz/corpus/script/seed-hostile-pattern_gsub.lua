-- expect: matching this pattern ran the script past its budget
-- line: 3
return string.gsub(string.rep("a", 200000), string.rep("a-", 15) .. "b", "")
