-- expect: outside a coroutine
-- line: 3
coroutine.yield(1)
