#!/usr/bin/env bash
# Makes models/default.spact, the model SPAct Studio opens on first start: `spact train --preset
# tiny` on the in-memory synthetic benchmark, its best checkpoint exported without the optimizer
# state, and its card (models/default.json, what `spact info --json` reads from the file).
#
#   scripts/make_default_model.sh [BUILD_DIR]     (default: build/release)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
spact=${1:-$root/build/release}/app/cli/spact
run=$(mktemp -d)/run
# The claim's benchmark size (tests/core/train/tst_train_claim.cpp): with the synthetic set's
# defaults (40 videos a class, 400 images) the tiny networks learn neither actions nor attributes.
data="synth:size=32,videos_per_class=240,test_videos_per_class=20,images=1000,test_images=400"
"$spact" train --preset tiny --action-data "$data" --privacy-data "$data" --out "$run"
"$spact" model export "$run/checkpoints/best.spact" -o "$root/models/default.spact"
"$spact" info "$root/models/default.spact" --json > "$root/models/default.json"
cp "$run/events.jsonl" "$root/models/default-training-events.jsonl"
echo "models/default.spact from $run"
