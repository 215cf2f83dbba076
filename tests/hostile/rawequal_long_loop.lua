-- expect: endless loop
-- line: 6
-- rawequal on two equal 4 MB strings compares every byte, in one library call.
local a = string.rep("x", 4000000)
local b = string.rep("x", 3999999) .. "x"
while rawequal(a, b) do end
