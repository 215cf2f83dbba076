-- expect: more characters)
-- line: 4
-- A 4 MB message is cut to its first 2,000 characters, saying how much was left out.
error(string.rep("x", 4000000))
