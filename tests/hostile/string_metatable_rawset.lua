-- expect: table expected, got boolean
-- line: 3
rawset(getmetatable(""), "__index", {})
