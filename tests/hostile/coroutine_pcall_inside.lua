-- expect: endless loop
-- line: 4
local f = coroutine.wrap(function()
  pcall(function() while true do end end)
  while true do coroutine.yield() end
end)
f()
