-- expect: endless loop
-- line: 3
xpcall(function() error("first") end, function(e) while true do end end)
