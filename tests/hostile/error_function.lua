-- expect: error object is a function
-- line: 3
error(function() end)
