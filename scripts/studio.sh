#!/usr/bin/env bash
# Installs what is missing, builds the release configuration, and starts SPAct Studio with the
# demo video and the default model (models/default.spact). Extra arguments go to spact-studio
# instead (e.g. another video).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
spact_install_missing
spact_build release spact-studio spact
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  [ -f "$SPACT_ROOT/models/default.spact" ] && args=(--model "$SPACT_ROOT/models/default.spact")
  args+=("$SPACT_ROOT/resources/demo/demo.mp4")
fi
exec "$SPACT_ROOT/build/release/app/studio/spact-studio" "${args[@]}"
