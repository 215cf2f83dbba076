-- expect: OK
-- Changes more shared tables; another script must not see it (checked by tests/test_hardening.cpp).
table.insert = function() error("hijacked") end
string.find = nil
math.floor = function() return 42 end
utf8.char = nil
os.time = function() return 0 end
coroutine.wrap = nil
pcall = function() return false end
_G.tostring = function() return "hijacked" end
return encounter { id = "pollute_more" }
