#!/usr/bin/env bash
# The Debian package, as a user gets it: tools/package builds it from BUILD_DIR's
# binary; its contents and Depends are checked; dpkg installs it into a throw-away
# root (its own admin dir); the installed copy then runs from an unrelated folder
# with a fresh HOME: --version, lint and test of the installed scripts, and a
# headless screenshot of the first decision. Exits 77 (ctest: skipped) only when
# the packaging tools are missing (tools/setup-deps --package installs them).
#   tests/package/test_package.sh BUILD_DIR
set -euo pipefail
missing=()
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps help2man desktop-file-validate rsvg-convert file; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "SKIPPED: tools/package needs ${missing[*]} (tools/setup-deps --package installs them)"
  exit 77
fi
src="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(realpath "$1")"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
start=$SECONDS

# --- the package file
deb="$(FRONTDOOR_BUILD_DIR="$build" "$src/tools/package" "$tmp/out")"
version="$(sed -n 's/^project(frontdoor VERSION \([0-9.]*\) .*/\1/p' "$src/CMakeLists.txt")"
expected="frontdoor_${version}_$(dpkg --print-architecture).deb"
[[ "$(basename "$deb")" == "$expected" ]] || fail "the package is named $(basename "$deb"), not $expected"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# --- what it holds
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/contents"
for f in /usr/bin/frontdoor /usr/share/applications/frontdoor.desktop \
         /usr/share/icons/hicolor/scalable/apps/frontdoor.svg /usr/share/icons/hicolor/256x256/apps/frontdoor.png \
         /usr/share/man/man1/frontdoor.1.gz /usr/share/doc/frontdoor/copyright \
         /usr/share/frontdoor/assets/screenshots/encounter.png; do
  grep -qx "$f" "$tmp/contents" || fail "the package has no $f"
done
(cd "$src/scripts" && find . -type f | sed 's|^\./|/usr/share/frontdoor/scripts/|' | sort) >"$tmp/scripts"
missing_scripts="$(comm -23 "$tmp/scripts" <(sort "$tmp/contents"))"
[[ -z "$missing_scripts" ]] || fail "scripts not in the package: $missing_scripts"
outside="$(grep -v -e '^/usr/bin/' -e '^/usr/share/' -e '^/$' -e '^/usr/$' "$tmp/contents" || true)"
[[ -z "$outside" ]] || fail "the package installs outside /usr/bin and /usr/share: $outside"

# --- what it needs: the libraries dpkg-shlibdeps found, and the fonts
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
names="$(tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/ .*//')"
for dep in libc6 libstdc++6 libsdl2-2.0-0 liblua5.4-0 fonts-dejavu-core; do
  grep -qxF "$dep" <<<"$names" || fail "Depends lacks $dep: $depends"
done
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "Version is $(dpkg-deb -f "$deb" Version), not $version"

# --- installed by dpkg into a throw-away root, with its own empty package database
root="$tmp/root"
admin="$tmp/admin"
mkdir -p "$root" "$admin/info" "$admin/updates"
touch "$admin/status" "$admin/available"
if ! dpkg --instdir="$root" --admindir="$admin" --force-depends --force-not-root --force-bad-path \
          --log=/dev/null -i "$deb" >"$tmp/dpkg.log" 2>&1; then
  cat "$tmp/dpkg.log" >&2
  fail "dpkg could not install the package into $root"
fi
grep -q '^Status: install ok installed' "$admin/status" || fail "dpkg does not list frontdoor as installed"
desktop-file-validate "$root/usr/share/applications/frontdoor.desktop" || fail "the desktop entry is not valid"
file "$root/usr/share/icons/hicolor/256x256/apps/frontdoor.png" | grep -q 'PNG image data, 256 x 256' ||
  fail "the PNG icon is not a 256x256 PNG"
zcat "$root/usr/share/man/man1/frontdoor.1.gz" | grep -qF '\-\-scripts' || fail "the man page lacks the options"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
  "$root/usr/share/doc/frontdoor/copyright" || fail "the copyright file is not machine-readable"

# --- the installed copy, run from an unrelated folder with a fresh home
bin="$root/usr/bin/frontdoor"
mkdir -p "$tmp/work" "$tmp/home"
cd "$tmp/work"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config"
export XDG_STATE_HOME="$tmp/home/state" SDL_VIDEODRIVER=dummy FRONTDOOR_TIMING=0
unset FRONTDOOR_FONT_DIR
find "$root" | sort >"$tmp/root.before"

"$bin" --version >"$tmp/version" || fail "--version failed"
grep -Eq "^frontdoor $version \(commit ([0-9a-f]+|unknown)\)$" "$tmp/version" || fail "--version printed: $(cat "$tmp/version")"

"$bin" lint >"$tmp/lint.out" 2>"$tmp/lint.err" || fail "lint of the installed scripts failed: $(cat "$tmp/lint.out" "$tmp/lint.err")"
lua_files="$(grep -c '\.lua$' "$tmp/scripts")"
grep -q "^$lua_files files checked: 0 errors" "$tmp/lint.err" ||
  fail "lint did not check the $lua_files installed scripts: $(cat "$tmp/lint.err")"
"$bin" test >"$tmp/test.out" 2>&1 || fail "the installed test plans failed: $(cat "$tmp/test.out")"

# A first launch: the introduction (Space begins), then the campaign opens with a narration.
"$bin" --keys n,Space,Space --screenshot "$tmp/decision.png" --state-json "$tmp/state.json" </dev/null \
  >"$tmp/window.out" 2>&1 || fail "the window failed: $(cat "$tmp/window.out")"
file "$tmp/decision.png" | grep -q 'PNG image data, 1280 x 720' || fail "no 1280x720 screenshot: $(file "$tmp/decision.png")"
grep -q '"screen": "decision"' "$tmp/state.json" || fail "the first decision is not on screen: $(grep '"screen"' "$tmp/state.json")"
grep -q '"font_fallback": false' "$tmp/state.json" || fail "the installed game did not find the DejaVu fonts"
grep -q "\"program_version\": \"$version\"" "$XDG_DATA_HOME/frontdoor/autosave.json" ||
  fail "the autosave in \$XDG_DATA_HOME/frontdoor does not carry the version $version"

# --- it wrote only under the XDG folders: nothing in the current folder or the install
[[ -z "$(ls -A "$tmp/work")" ]] || fail "the game wrote into the current folder: $(ls -A "$tmp/work")"
find "$root" | sort | diff "$tmp/root.before" - >/dev/null || fail "the game wrote into its install: $(find "$root" -newer "$tmp/version")"
cp "$tmp/decision.png" "$build/package/installed-decision.png"
echo "the installed game's first decision: $build/package/installed-decision.png"
echo "the package installs and plays ($((SECONDS - start)) s)"
