-- expect: endless loop
-- line: 6
-- select hands back 200,000 values in one library call, again and again.
local function spin(...)
  while true do
    select(1, ...)
  end
end
spin(string.byte(string.rep("x", 200000), 1, -1))
