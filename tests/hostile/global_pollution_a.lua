-- expect: OK
-- Changes shared tables; another script must not see it (checked by the test).
string.upper = function() return "hijacked" end
math.pi = 3
secret_global = "leaked"
return encounter { id = "pollute" }
