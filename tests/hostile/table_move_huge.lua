-- expect: table.move: moving
-- line: 4
-- Would copy nothing 2^63 times in one C call.
return table.move({}, 1, math.maxinteger - 1, 2)
