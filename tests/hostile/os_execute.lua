-- expect: field 'execute'
-- line: 3
os.execute("touch /tmp/frontdoor-escaped")
