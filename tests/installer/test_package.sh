#!/usr/bin/env bash
# Packaging test: builds the Debian package of a configured and built tree with CPack and
# checks what it contains and declares.
#
#   tests/installer/test_package.sh <build-dir> [<expected-version>]
#
# Environment: CPACK (the cpack to use; default: cpack on PATH).
# Exit status: 0 all checks passed, 1 a check failed, 2 usage, 77 a required tool is missing
# (CTest reports the test as skipped).
set -euo pipefail

me=$(basename "$0")
usage() { echo "usage: $me <build-dir> [<expected-version>]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
build_dir=$(cd "$1" && pwd) || usage
expected_version=${2:-}
cpack=${CPACK:-cpack}

for tool in "$cpack" dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$me: SKIP: '$tool' not found" >&2
    exit 77
  fi
done
if [[ ! -f $build_dir/CPackConfig.cmake ]]; then
  echo "$me: FAIL: $build_dir/CPackConfig.cmake not found (is this a configured build dir?)" >&2
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/spact-package-test.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT

failures=0
failed=()
fail() { echo "FAIL: $*"; failed+=("$*"); failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
# expect <what should hold> <command...>: runs the command, records a pass or a failure.
expect() {
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

# --- build the package ---------------------------------------------------------------------
echo "== cpack -G DEB ($build_dir)"
if ! (cd "$build_dir" && "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$tmp/out") \
     >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  echo "$me: FAIL: cpack -G DEB failed" >&2
  exit 1
fi
shopt -s nullglob
debs=("$tmp"/out/*.deb)
shopt -u nullglob
if [[ ${#debs[@]} -ne 1 ]]; then
  cat "$tmp/cpack.log" >&2
  echo "$me: FAIL: expected exactly one .deb in the CPack output, found ${#debs[@]}" >&2
  exit 1
fi
deb=${debs[0]}
echo "== $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --- control fields ------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1" 2>/dev/null || true; }
package=$(field Package)
version=$(field Version)
depends=$(field Depends)
echo "Depends: $depends"

expect "Package is spact-studio (got '$package')" test "$package" = spact-studio
if [[ -n $expected_version ]]; then
  expect "Version is $expected_version (got '$version')" test "$version" = "$expected_version"
else
  expect "Version is set (got '$version')" test -n "$version"
fi
expect "file name is spact-studio_<version>_<arch>.deb (got $(basename "$deb"))" \
  test "$(basename "$deb")" = "spact-studio_${version}_$(field Architecture).deb"
expect "Maintainer is set (got '$(field Maintainer)')" test -n "$(field Maintainer)"
expect "Section is video (got '$(field Section)')" test "$(field Section)" = video
expect "Homepage is set (got '$(field Homepage)')" test -n "$(field Homepage)"
expect "Description is set" test -n "$(field Description)"
if [[ -z $depends ]]; then
  fail "Depends is not empty (did dpkg-shlibdeps run?)"
else
  expect "Depends names a LibTorch package (libtorch*)" grep -Eq '(^|[ ,|])libtorch' <<<"$depends"
  expect "Depends names a Qt 6 package (libqt6*)" grep -Eq '(^|[ ,|])libqt6' <<<"$depends"
  expect "Depends names libqt6svg6 (SVG icon plugins)" grep -Eq '(^|[ ,|])libqt6svg6' <<<"$depends"
fi

# --- contents ------------------------------------------------------------------------------
dpkg-deb --contents "$deb" >"$tmp/contents.txt"
root=$tmp/root
dpkg-deb -x "$deb" "$root"

for f in usr/bin/spact usr/bin/spact-studio; do
  expect "package has executable /$f" test -f "$root/$f" -a -x "$root/$f"
done
shopt -s nullglob
desktops=("$root"/usr/share/applications/*.desktop)
metainfos=("$root"/usr/share/metainfo/*.metainfo.xml)
shopt -u nullglob
icon=$root/usr/share/icons/hicolor/scalable/apps/spact-studio.svg
expect "package has /usr/share/icons/hicolor/scalable/apps/spact-studio.svg" test -f "$icon"
expect "package has /usr/share/doc/spact-studio/copyright" test -f "$root/usr/share/doc/spact-studio/copyright"
if grep -Eq '(^|/)(usr/local|build[^/]*)/' "$tmp/contents.txt"; then
  fail "package has no files under usr/local or a build dir"
  grep -E '(^|/)(usr/local|build[^/]*)/' "$tmp/contents.txt"
fi

desktop=
if [[ ${#desktops[@]} -eq 1 ]]; then
  desktop=${desktops[0]}
  pass "/usr/share/applications/$(basename "$desktop")"
else
  fail "package has one desktop entry in /usr/share/applications (found ${#desktops[@]})"
fi
metainfo=
if [[ ${#metainfos[@]} -eq 1 ]]; then
  metainfo=${metainfos[0]}
  pass "/usr/share/metainfo/$(basename "$metainfo")"
else
  fail "package has one AppStream file in /usr/share/metainfo (found ${#metainfos[@]})"
fi

# --- desktop entry -------------------------------------------------------------------------
if [[ -n $desktop ]]; then
  if desktop-file-validate "$desktop" >"$tmp/dfv.log" 2>&1 && ! grep -Eq ': (error|warning): ' "$tmp/dfv.log"; then
    pass "desktop-file-validate"
  else
    fail "desktop-file-validate reports no errors or warnings"
    cat "$tmp/dfv.log"
  fi
  exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n1)
  exec_bin=${exec_line%% *}
  expect "Exec=$exec_line runs a packaged program (/usr/bin/$exec_bin)" \
    test -n "$exec_bin" -a -f "$root/usr/bin/$exec_bin" -a -x "$root/usr/bin/$exec_bin"
  icon_name=$(sed -n 's/^Icon=//p' "$desktop" | head -n1)
  expect "Icon=$icon_name is a packaged hicolor icon" \
    test -n "$icon_name" -a -f "$root/usr/share/icons/hicolor/scalable/apps/$icon_name.svg"
fi

# --- AppStream metadata --------------------------------------------------------------------
if [[ -n $metainfo ]]; then
  as_rc=0
  appstreamcli validate --no-net "$metainfo" >"$tmp/as.log" 2>&1 || as_rc=$?
  if [[ $as_rc -eq 0 ]] && ! grep -Eq '^[EW]: ' "$tmp/as.log"; then
    pass "appstreamcli validate --no-net"
  else
    fail "appstreamcli validate --no-net reports no errors or warnings (rc $as_rc)"
    cat "$tmp/as.log"
  fi
  # The installed tree as a whole: metainfo, the desktop entry it launches and its icon.
  tree_rc=0
  appstreamcli validate-tree --no-net "$root" >"$tmp/as-tree.log" 2>&1 || tree_rc=$?
  if [[ $tree_rc -eq 0 ]] && ! grep -Eq '^[EW]: ' "$tmp/as-tree.log"; then
    pass "appstreamcli validate-tree --no-net"
  else
    fail "appstreamcli validate-tree --no-net reports no errors or warnings (rc $tree_rc)"
    cat "$tmp/as-tree.log"
  fi
  id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo" | head -n1)
  launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo" | head -n1)
  expect "metainfo file $(basename "$metainfo") is named after its component id '$id'" \
    test "$(basename "$metainfo")" = "$id.metainfo.xml"
  if [[ -n $desktop ]]; then
    expect "launchable '$launchable' is the packaged desktop entry $(basename "$desktop")" \
      test "$launchable" = "$(basename "$desktop")"
  fi
  for bin in spact spact-studio; do
    expect "metainfo provides binary $bin" grep -q "<binary>$bin</binary>" "$metainfo"
  done
fi

# --- the packaged programs run (stripped, system libraries) ------------------------------------
if "$root/usr/bin/spact" --version >"$tmp/version.log" 2>&1; then
  pass "packaged spact --version: $(head -n1 "$tmp/version.log")"
else
  fail "packaged /usr/bin/spact --version runs"
  cat "$tmp/version.log"
fi

mkdir -m 0700 "$tmp/xdg-runtime"
if QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$tmp/xdg-runtime \
     "$root/usr/bin/spact-studio" --version >"$tmp/studio-version.log" 2>&1; then
  pass "packaged spact-studio --version: $(grep -m1 . "$tmp/studio-version.log")"
else
  fail "packaged /usr/bin/spact-studio --version runs (offscreen)"
  cat "$tmp/studio-version.log"
fi

echo
if [[ $failures -ne 0 ]]; then
  {
    echo "$me: FAILED: $failures check(s) failed for $(basename "$deb"):"
    printf '  - %s\n' "${failed[@]}"
  } >&2
  exit 1
fi
echo "$me: PASSED: $(basename "$deb")"
