-- expect: endless loop
-- line: 4
-- pcall must not be able to swallow the budget.
while true do pcall(function() while true do end end) end
