#!/usr/bin/env bash
# The checks that need a CUDA GPU, run on the GPU machine (../shared/GPU.md): build the GUI-less,
# media-less `spact` against the CUDA LibTorch that PyTorch carries there, then benchmark one
# minimax iteration at the paper's configuration (ours against PyTorch eager on the same networks,
# in the same run), and train the tiny preset on CUDA for a minute.
#
#   scripts/gpu_check.sh OUT_DIR
#
# Needs, in the checkout (git-ignored, carried): .gpu-deps/*.deb, made here with
#   (mkdir -p .gpu-deps && cd .gpu-deps && apt-get download libspdlog-dev libspdlog1.10 libfmt-dev \
#      libfmt9 libcli11-dev nlohmann-json3-dev libexpected-dev)
# PEAK_TFLOPS (default 989: H100/H200 SXM, bf16 dense) gives the fraction of peak reported;
# LOADER_ONLY=1 stops after the loader's rates (`bench train --loader-only`, cores kept busy);
# QUICK=1 after the bf16 comparison with PyTorch eager. (The UNet's up-sampling in bf16
# against autocast's fp32 was compared once, on an H200: tests/bench/README.md.)
set -uo pipefail
out=${1:?usage: scripts/gpu_check.sh OUT_DIR}
mkdir -p "$out"
peak=${PEAK_TFLOPS:-989}
root=$PWD/.gpu-deps/root
mkdir -p "$root"
for f in .gpu-deps/*.deb; do dpkg -x "$f" "$root"; done
export LD_LIBRARY_PATH=$root/usr/lib/x86_64-linux-gnu:${LD_LIBRARY_PATH:-}
torch_prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')

step() { echo; echo "=== $* ($(date +%T))"; }

step "GPU"
nvidia-smi --query-gpu=name,memory.total,clocks.max.sm,power.limit --format=csv

step "configure"
cmake -S . -B build-gpu -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPACT_BUILD_GUI=OFF -DSPACT_WITH_MEDIA=OFF \
  -DSPACT_BUILD_TESTS=OFF -DSPACT_WERROR=OFF -DCMAKE_PREFIX_PATH="$torch_prefix;$root/usr" >"$out/configure.log" 2>&1 \
  || { tail -40 "$out/configure.log"; exit 1; }
grep -E "LibTorch|c10d|media" "$out/configure.log"

step "build"
cmake --build build-gpu --target spact -- -k 0 >"$out/build.log" 2>&1 \
  || { grep -E "error|Error" "$out/build.log" | head -40; exit 1; }
spact=build-gpu/app/cli/spact
$spact --version

step "the loader alone: threads per data set against cores kept busy (the bench's synthetic set: 2 batches an epoch; then 400)"
nproc; grep -m1 "model name" /proc/cpuinfo
for w in 1 4 16; do
  $spact bench train --preset paper --device cuda --loader-only --set data.workers=$w --iterations 24 | tail -1
done
big=synth:size=112,frames=32,videos_per_class=2000,images=25600
$spact bench train --preset paper --device cuda --loader-only --set data.workers=16 --iterations 24 \
  --action-data $big --privacy-data $big | tail -1
[ "${LOADER_ONLY:-0}" = 1 ] && exit 0

step "spact bench train --preset paper, bf16 (channels-last on CUDA)"
$spact bench train --preset paper --device cuda --set precision=bf16 --iterations 10 --peak-tflops "$peak" \
  | tee "$out/bench_train_bf16.txt"

step "the same, computing f_A's convolution biases that BatchNorm cancels (as before 2026-11-28)"
$spact bench train --preset paper --device cuda --set precision=bf16 --iterations 10 --peak-tflops "$peak" \
  --keep-cancelled-bias | tee "$out/bench_train_bf16_bias.txt"

step "PyTorch eager, same networks and shapes: best effort (bf16, channels-last), its top kernels"
python3 tests/reference/bench_minimax_reference.py --device cuda --precision bf16 --channels-last --iterations 10 \
  --profile 30 2>"$out/reference_bf16_cl_profile.txt" | tee "$out/reference_bf16_cl.json"
head -c 6000 "$out/reference_bf16_cl_profile.txt"
step "PyTorch eager, up-sampling in bf16 as nn/unet.cpp, with and without the cancelled biases"
for bias in "" --no-conv-bias; do
  python3 tests/reference/bench_minimax_reference.py --device cuda --precision bf16 --channels-last --upsample input \
    --iterations 10 $bias
done

[ "${QUICK:-0}" = 1 ] && exit 0

step "PyTorch eager as the reference code runs (tf32, NCHW)"
python3 tests/reference/bench_minimax_reference.py --device cuda --precision tf32 --iterations 5 \
  | tee "$out/reference_tf32.json"

step "spact bench train --preset paper, fp32"
$spact bench train --preset paper --device cuda --set precision=fp32 --iterations 5 --peak-tflops "$peak"

step "spact train --preset tiny on CUDA (bf16), ${TINY_SECONDS:-90} s at most"
run=$(mktemp -d)/run-tiny
timeout -s INT ${TINY_SECONDS:-90} $spact train --preset tiny --action-data synth --privacy-data synth --out "$run" \
  --device cuda --set precision=bf16 >"$out/train_tiny.log" 2>&1
echo "exit $? (124/130: stopped by the time limit, with a checkpoint)"
tail -c 1500 "$out/train_tiny.log" | tr '\r' '\n' | tail -8
ls -la "$run" "$run/checkpoints"
cp "$run/events.jsonl" "$out/train_tiny_events.jsonl"
step "done"
