-- expect: MB of memory
-- line: 3
return string.rep("x", 100000, string.rep("y", 10000))
