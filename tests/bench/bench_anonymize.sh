#!/bin/sh
# f_A at 112×112 on this CPU: `spact bench anonymize` against the PyTorch reference
# (tests/reference/bench_unet_reference.py: Python eager, fp32, no_grad, eval, threads = cores),
# both in the same run, alternating, best of ROUNDS each. Prints each run's JSON, then the ratio
# spact/reference and each one's fraction of the CPU's peak FP32 rate (15.31 GFLOP per frame).
#
#   tests/bench/bench_anonymize.sh [SPACT] [-- extra spact bench arguments, e.g. --precision bf16]
#
# Environment: BATCH (8), FRAMES (64), RES (112), ROUNDS (2), PEAK_GFLOPS (default: measured by
# peak_fp32.c, independent FMAs on every core, built here with gcc -march=native; without gcc,
# cores × 32 FLOP/cycle × the clock /proc/cpuinfo reports, which a VM may understate). Not a test:
# the numbers depend on the machine and on what else runs on it.
set -eu
cd "$(dirname "$0")/../.."
SPACT=${1:-build-bench/app/cli/spact}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
BATCH=${BATCH:-8} FRAMES=${FRAMES:-64} RES=${RES:-112} ROUNDS=${ROUNDS:-2}
PY=/usr/bin/python3  # Debian's python3-torch

cores=$(nproc)
if [ -z "${PEAK_GFLOPS:-}" ]; then
  peak_bin=$(mktemp /tmp/peak_fp32.XXXXXX)
  if gcc -O2 -march=native -fopenmp tests/bench/peak_fp32.c -o "$peak_bin" 2>/dev/null; then
    PEAK_GFLOPS=$(OMP_NUM_THREADS=$cores "$peak_bin")
    echo "peak FP32: $PEAK_GFLOPS GFLOP/s measured with $cores threads of independent FMAs (tests/bench/peak_fp32.c)"
  else
    mhz=$(awk -F': *' '/^cpu MHz/ {print $2; exit}' /proc/cpuinfo)
    PEAK_GFLOPS=$($PY -c "print(round($cores * 32 * $mhz / 1000, 1))")
    echo "peak FP32: $cores cores × 32 FLOP/cycle × $mhz MHz = $PEAK_GFLOPS GFLOP/s (no gcc to measure it)"
  fi
  rm -f "$peak_bin"
fi

best_ref=0 best_ours=0
i=0
while [ $i -lt "$ROUNDS" ]; do
  ref=$($PY tests/reference/bench_unet_reference.py --res "$RES" --batch "$BATCH" --frames "$FRAMES" --threads "$cores")
  echo "reference: $ref"
  ours=$("$SPACT" bench anonymize --res "$RES" --batch "$BATCH" --frames "$FRAMES" --no-compare --json "$@" |
    $PY -c 'import json, sys; print(json.dumps(json.load(sys.stdin)))')
  echo "spact:     $ours"
  best_ref=$($PY -c "import json,sys; print(max($best_ref, json.loads(sys.argv[1])['frames_per_second']))" "$ref")
  best_ours=$($PY -c "import json,sys; print(max($best_ours, json.loads(sys.argv[1])['frames_per_second']))" "$ours")
  i=$((i + 1))
done
$PY - "$best_ref" "$best_ours" "$PEAK_GFLOPS" "$RES" <<'PY'
import sys
ref, ours, peak, res = (float(a) for a in sys.argv[1:])
gflop = 15.31 * (res / 112) ** 2  # the issue's 15.31 GFLOP per 112×112 frame (2 × MACs)
print(f'reference {ref:.2f} frames/s ({ref * gflop / peak:.1%} of peak), spact {ours:.2f} frames/s '
      f'({ours * gflop / peak:.1%} of peak): spact/reference = {ours / ref:.2f}×')
PY
