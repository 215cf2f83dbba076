-- expect: matching this pattern ran the script past its budget
-- line: 3
return string.find(string.rep("a", 200000), "(a*)%1b")
