#!/usr/bin/env bash
# Shared by studio.sh and test.sh: install what is missing, configure and build one preset.
set -euo pipefail
SPACT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$SPACT_ROOT/scripts/deps.sh"

# spact_build PRESET: configures (once) and builds build/PRESET with CMake's preset of that name.
spact_build() {
  local preset="$1"
  cd "$SPACT_ROOT"
  cmake --preset "$preset"
  cmake --build --preset "$preset"
}
