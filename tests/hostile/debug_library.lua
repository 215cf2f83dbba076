-- expect: global 'debug'
-- line: 3
debug.sethook()
