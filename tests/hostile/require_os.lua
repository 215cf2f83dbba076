-- expect: no module 'os'
-- line: 3
local os_library = require("os")
