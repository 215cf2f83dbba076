-- expect: stack overflow
-- line: 3
local function down(n) return down(n + 1) + 1 end
return down(1)
