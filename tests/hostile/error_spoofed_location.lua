-- expect: boom
-- line: 4
-- A "line" too long to be one is no location: the real one is reported.
error("nowhere.lua:99999999999999999999: boom")
