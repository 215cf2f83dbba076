-- expect: /etc/passwd:1: boom
-- line: 4
-- A message that starts like a location names no file: the error is at this line.
error("/etc/passwd:1: boom", 0)
