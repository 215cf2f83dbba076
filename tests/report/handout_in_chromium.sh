#!/usr/bin/env bash
# The workshop handout in a real browser: a room plays The Wrong Size in the
# window (headless, facilitator mode, hands entered at every vote), then
# `frontdoor report workshop` writes the handout and the CSV, and Chromium
# (playwright-core, Debian's /usr/bin/chromium) opens it, checks it loads
# nothing from elsewhere and fits an A4 page's width, prints it to PDF and
# saves a screenshot: $OUT_DIR/workshop_handout.png (look at it).
# usage: handout_in_chromium.sh FRONTDOOR OUT_DIR   (run from the source root)
set -euo pipefail
frontdoor="$1"
out="$2"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Labels on (Escape,l,Escape) so the rows are in mode order; then at each vote
# 1 + (avoid), 3 ++ (compromise), 4 +++ (collaborate), 5 + (compete): 7 hands; and next.
keys="n,Space,Escape,l,Escape"
for _ in 1 2 3 4 5 6 7 8; do
  keys="$keys,1,+,3,+,+,4,+,+,+,5,+,PageDown,PageDown,PageDown,PageDown"
done
SDL_VIDEODRIVER=dummy FRONTDOOR_TIMING=0 FRONTDOOR_SKIP_INTRO=1 XDG_CONFIG_HOME="$work/config" \
  timeout 120 "$frontdoor" play scripts/encounters/wrong_size.lua --facilitator --save-dir "$work/saves" \
  --keys "$keys" --screenshot "$work/last.png" --state-json "$work/state.json" >/dev/null
test -s "$work/saves/facilitator.json"
test -s "$work/saves/facilitator_votes.json"

"$frontdoor" report workshop "$work/saves/facilitator.json" --html "$out/workshop_handout.html" --csv "$out/workshop_votes.csv"
grep -q ',collaborate,3,7,' "$out/workshop_votes.csv"

timeout 120 node tests/report/handout_in_chromium.js "$out/workshop_handout.html" "$out/workshop_handout.png" "$out/workshop_handout.pdf"
