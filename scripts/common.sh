#!/usr/bin/env bash
# Shared by studio.sh and test.sh: install what is missing, configure and build one preset.
set -euo pipefail
SPACT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$SPACT_ROOT/scripts/deps.sh"

# spact_build PRESET [TARGET...]: configures and builds build/PRESET with CMake's preset of that
# name (all targets, or only those named).
spact_build() {
  local preset="$1"
  shift
  cd "$SPACT_ROOT"
  cmake --preset "$preset"
  if [ $# -gt 0 ]; then
    cmake --build --preset "$preset" --target "$@"
  else
    cmake --build --preset "$preset"
  fi
}
