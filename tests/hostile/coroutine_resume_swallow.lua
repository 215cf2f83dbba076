-- expect: endless loop
-- line: 4
-- resume returning false must not swallow the budget.
local co = coroutine.create(function() while true do end end)
local ok, err = coroutine.resume(co)
while true do end
