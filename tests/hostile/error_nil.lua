-- expect: error object is a nil
-- line: 3
error()
