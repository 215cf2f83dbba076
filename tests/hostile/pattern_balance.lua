-- expect: matching this pattern ran the script past its budget
-- line: 4
-- %b scans to the end of the text from every start.
return string.find(string.rep("(", 300000), "%b()")
