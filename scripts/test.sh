#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite. With no arguments it tests
# the release configuration; otherwise each preset named (release, gui-off, debug-asan).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
spact_install_missing
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(release)
for preset in "${presets[@]}"; do
  echo "=== $preset: build"
  spact_build "$preset"
  echo "=== $preset: test"
  ctest --preset "$preset"
done
