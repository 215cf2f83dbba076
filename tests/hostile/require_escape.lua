-- expect: not inside scripts
-- line: 3
local secrets = require("..etc.passwd")
return secrets
