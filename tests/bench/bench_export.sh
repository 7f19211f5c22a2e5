#!/bin/sh
# End to end: a 640×480, 30 s, 25 frames/s clip with audio (made here with ffmpeg) anonymized by
# `spact anonymize` with the full f_A and with f_A at width ×0.25 (random weights written by the
# reference script as safetensors, which --model reads). Prints frames/s of each export (the
# pipeline's own timing: decode, f_A at 112 on the shorter side, resize back, H.264 encode with
# the CLI's defaults, audio copy) and the wall time of the whole command.
#
#   tests/bench/bench_export.sh [SPACT] [-- extra spact anonymize arguments, e.g. --preset veryfast]
#
# Environment: WORK (a scratch folder; default a new one under /tmp), WIDTHS ("1 0.25").
set -eu
cd "$(dirname "$0")/../.."
SPACT=$(realpath "${1:-build-bench/app/cli/spact}")
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
WORK=${WORK:-$(mktemp -d /tmp/spact-bench-export.XXXXXX)}
WIDTHS=${WIDTHS:-"1 0.25"}
PY=/usr/bin/python3

clip=$WORK/clip640x480.mp4
if [ ! -f "$clip" ]; then
  ffmpeg -v error -y -f lavfi -i testsrc2=s=640x480:r=25:d=30 -f lavfi -i sine=f=440:d=30 \
    -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -c:a aac -shortest "$clip"
fi
frames=$(ffprobe -v error -count_packets -select_streams v:0 -show_entries stream=nb_read_packets -of csv=p=0 "$clip")
echo "clip: $clip, $frames frames"
for w in $WIDTHS; do
  weights=$WORK/unet_w$w.safetensors
  [ -f "$weights" ] || $PY tests/reference/bench_unet_reference.py --width "$w" --frames 1 --batch 1 --save-weights "$weights" >/dev/null
  out=$WORK/out_w$w.mp4
  rm -f "$out"
  start=$(date +%s.%N)
  log=$("$SPACT" anonymize "$clip" -o "$out" --model "$weights" -v "$@" 2>&1 | grep -- "->" || true)
  end=$(date +%s.%N)
  $PY - "$w" "$frames" "$start" "$end" "$log" <<'PY'
import re, sys
w, frames, start, end, log = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
m = re.search(r'(\d+) frames with .* in ([0-9.]+) s', log)
pipeline = f'{int(m.group(1)) / float(m.group(2)):.1f} frames/s in the pipeline ({m.group(2)} s)' if m else 'no pipeline log line'
print(f'f_A width {w}: {pipeline}; whole command {frames / (end - start):.1f} frames/s ({end - start:.1f} s)')
PY
done
