-- expect: endless loop
-- line: 5
-- A to-be-closed variable runs __close when its block ends.
do
  local guard <close> = setmetatable({}, { __close = function() while true do end end })
end
