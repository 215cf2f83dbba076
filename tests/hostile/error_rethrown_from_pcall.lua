-- expect: /etc/passwd:7: boom
-- line: 5
-- A caught message thrown again keeps its text, not its claimed place.
local ok, e = pcall(error, "/etc/passwd:7: boom", 0)
error(e, 0)
