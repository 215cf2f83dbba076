-- expect: field 'exit'
-- line: 3
os.exit(3)
