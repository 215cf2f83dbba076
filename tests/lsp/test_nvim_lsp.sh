#!/usr/bin/env bash
# Headless Neovim (Debian's `neovim`) as a real LSP client of `frontdoor lsp`:
# tests/lsp/nvim_client.lua does the checks. Skipped (77) without nvim.
# usage: test_nvim_lsp.sh FRONTDOOR_BINARY SOURCE_DIR
set -euo pipefail
bin="$1"
src="$2"
command -v nvim >/dev/null || { echo "nvim not installed: skipped"; exit 77; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/scripts/encounters"
# The tests' minimal encounter with line 12's next misspelt (tests/minimal_encounter.hpp).
sed -n '/R"LUA(/,/)LUA"/p' "$src/tests/minimal_encounter.hpp" | sed -e '1s/.*R"LUA(//' -e '$d' \
  | sed '12s/next = "lost"/next = "lsot"/' > "$work/scripts/encounters/mini.lua"
grep -q '"lsot"' "$work/scripts/encounters/mini.lua" || { echo "could not make the broken encounter"; exit 1; }
cd "$work"
# timeout: a backstop only; --clean: no user configuration or plugins.
FD_BINARY="$bin" FD_FILE="$work/scripts/encounters/mini.lua" FD_README="$src/scripts/README.md" \
  timeout -k 5 300 nvim --headless --clean -n -c "luafile $src/tests/lsp/nvim_client.lua" </dev/null
