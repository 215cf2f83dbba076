-- expect: endless loop
-- line: 3
return string.gsub("abc", "%w", function(c) while true do end end)
