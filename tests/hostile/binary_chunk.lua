-- expect: field 'dump'
-- line: 3
local bytes = string.dump(function() return 1 end)
return bytes
