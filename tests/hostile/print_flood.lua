-- expect: endless loop
-- line: 5
-- Printing forever, with terminal escapes: twenty lines reach stderr, escaped, then one
-- "further output suppressed" line, until the budget stops the loop.
while true do print("\27[2J\27]0;owned\7 flood", ("x"):rep(300)) end
