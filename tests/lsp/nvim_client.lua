-- Neovim's own LSP client against `frontdoor lsp`: opens a broken encounter,
-- reads the diagnostics back, goes to a beat's definition, completes a mode,
-- hovers on a field, fixes the buffer
-- without saving and sees the diagnostics clear. Run by test_nvim_lsp.sh with
-- FD_BINARY, FD_FILE (the broken encounter) and FD_README set. Exits 0 when
-- every check passed, else prints what failed and exits 1.
local bin, file, readme = os.getenv("FD_BINARY"), os.getenv("FD_FILE"), os.getenv("FD_README")
local WAIT_MS = 60000  -- a backstop against a hang; on any machine the answers come far sooner

local function fail(msg)
  io.stderr:write("FAIL: " .. msg .. "\n")
  vim.cmd("cquit 1")
end

local function check(cond, msg)
  if not cond then fail(msg) end
  io.stdout:write((cond and "ok: " or "") .. msg .. "\n")
end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "frontdoor",
    cmd = { bin, "lsp", "--docs", readme },
    root_dir = vim.fn.fnamemodify(file, ":h"),
  })
  check(client_id ~= nil, "the server starts")
  vim.lsp.buf_attach_client(buf, client_id)

  -- Diagnostics arrive after didOpen.
  check(vim.wait(WAIT_MS, function() return #vim.diagnostic.get(buf) > 0 end, 20), "diagnostics arrive for the broken file")
  local d = vim.diagnostic.get(buf)[1]
  check(d.lnum == 11, "the error is on line 12 (got " .. tostring(d.lnum + 1) .. ")")
  check(d.code == "FD009", "its code is FD009 (got " .. tostring(d.code) .. ")")
  check(d.message:find("did you mean 'lost'", 1, true) ~= nil, "the message suggests the beat: " .. d.message)
  local line = vim.api.nvim_buf_get_lines(buf, 11, 12, false)[1]
  check(d.col == line:find('"lsot"', 1, true), "it points at the misspelt id")

  -- Go to definition of next = "kept" on the same decision (line 13).
  local row = 13
  local col = vim.api.nvim_buf_get_lines(buf, row - 1, row, false)[1]:find('"kept"', 1, true)
  vim.api.nvim_win_set_cursor(0, { row, col })
  local params = vim.lsp.util.make_position_params()
  local answers = vim.lsp.buf_request_sync(buf, "textDocument/definition", params, WAIT_MS)
  local result = answers and answers[client_id] and answers[client_id].result
  check(result ~= nil, "go to definition answers")
  local loc = result and (result.range and result or result[1])
  local target = vim.api.nvim_buf_get_lines(buf, loc.range.start.line, loc.range.start.line + 1, false)[1]
  check(target:find('ending { id = "kept"', 1, true) ~= nil, "it lands on the ending 'kept': " .. target)

  -- Completion inside the mode of the first answer, and hover on the customer's trust.
  local function ask(method, row_, needle)
    local text = vim.api.nvim_buf_get_lines(buf, row_ - 1, row_, false)[1]
    vim.api.nvim_win_set_cursor(0, { row_, text:find(needle, 1, true) + #needle - 1 })
    local got = vim.lsp.buf_request_sync(buf, method, vim.lsp.util.make_position_params(), WAIT_MS)
    return got and got[client_id] and got[client_id].result
  end
  local items = ask("textDocument/completion", 12, 'mode = "') or {}
  local labels = {}
  for _, item in ipairs(items.items or items) do labels[#labels + 1] = item.label end
  check(table.concat(labels, " ") == "avoid accommodate compromise collaborate compete",
        "completion offers the five modes: " .. table.concat(labels, " "))
  local help = ask("textDocument/hover", 5, "trust")
  check(help and help.contents.value:find("how much she believes you", 1, true) ~= nil, "hover explains trust")

  -- Fix the typo in the buffer, unsaved: the diagnostics clear from the buffer's text.
  vim.api.nvim_buf_set_lines(buf, 11, 12, false, { (line:gsub('"lsot"', '"lost"')) })
  check(vim.wait(WAIT_MS, function() return #vim.diagnostic.get(buf) == 0 end, 20), "fixing the unsaved buffer clears them")

  vim.lsp.stop_client(client_id)
  check(vim.wait(WAIT_MS, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20), "the server shuts down")
  vim.cmd("qall!")
end

local ok, err = pcall(run)
if not ok then fail(tostring(err)) end
