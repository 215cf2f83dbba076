-- expect: may only use letters
-- line: 3
local secrets = require("/etc/passwd")
return secrets
