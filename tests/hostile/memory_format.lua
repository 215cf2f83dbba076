-- expect: MB of memory
-- line: 5
local s = string.rep("z", 1 << 20)
for _ = 1, 40 do
  s = string.format("%s%s", s, s)
end
