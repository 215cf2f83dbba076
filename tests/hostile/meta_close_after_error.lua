-- expect: endless loop
-- line: 4
-- __close runs while an error unwinds, still under the budget.
local guard <close> = setmetatable({}, { __close = function() while true do end end })
error("the first error; closing the variable then loops")
