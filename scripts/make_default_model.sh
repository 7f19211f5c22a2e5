#!/usr/bin/env bash
# Makes models/default.spact, the model SPAct Studio opens on first start: the tiny preset trained
# on the claim-sized synthetic benchmark by the method's claim test (tst_train_claim, which runs
# the trainer `spact train` runs and then checks the claim with fresh classifiers on this very
# model), its f_A-and-classifiers exported without optimizer state; its card (models/default.json,
# what `spact info --json` reads from the file) and the run's events beside it. 10 minutes on a
# 2-core CPU; fails, writing nothing, if the claim does not hold.
#
#   scripts/make_default_model.sh [BUILD_DIR]     (default: build/release, built with tests)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build/release}" && pwd)
run=$(mktemp -d)/run
SPACT_CLAIM_RUN_DIR="$run" QTEST_FUNCTION_TIMEOUT=3000000 "$build/tests/core/tst_train_claim"
"$build/app/cli/spact" model export "$run/checkpoints/last.spact" -o "$root/models/default.spact"
# Run from models/ so that the card's "path" is the file's name, not this machine's folder.
(cd "$root/models" && "$build/app/cli/spact" info default.spact --json > default.json)
cp "$run/events.jsonl" "$root/models/default-training-events.jsonl"
echo "models/default.spact from $run"
