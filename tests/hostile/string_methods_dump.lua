-- expect: field 'dump'
-- line: 4
-- string.dump is out of reach through string methods too.
local bytes = ("").dump(function() return 1 end)
