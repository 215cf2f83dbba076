-- expect: matching this pattern ran the script past its budget
-- line: 4
-- Even one repetition is quadratic: every start scans to the end and back.
return string.find(string.rep("a", 300000), "a*b")
