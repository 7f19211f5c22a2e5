#!/usr/bin/env bash
# Installs what is missing, builds the release configuration, and starts SPAct Studio with the
# demo video. Extra arguments go to spact-studio (e.g. another video).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
spact_install_missing
spact_build release spact-studio spact
args=("$@")
[ ${#args[@]} -gt 0 ] || args=("$SPACT_ROOT/resources/demo/demo.mp4")
exec "$SPACT_ROOT/build/release/app/studio/spact-studio" "${args[@]}"
