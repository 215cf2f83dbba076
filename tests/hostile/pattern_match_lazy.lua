-- expect: matching this pattern ran the script past its budget
-- line: 3
return string.match(string.rep("a", 100000), string.rep("(.-)", 10) .. "$b")
