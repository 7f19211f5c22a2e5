#pragma once
// LibTorch's process-wide settings, chosen once at start-up (no Torch types in this header).
#include <string>

namespace spact::nn {

std::string torchVersion();
bool cudaAvailable();
int cudaDeviceCount();

// Sets LibTorch's intra-op threads; 0 means every core this process may use.
void configureThreads(int threads = 0);
int threadCount();

// Keeps freed memory in the process instead of handing it back to the system at once (glibc's
// malloc returns blocks over 128 KiB with munmap, and trims the heap's top over 128 KiB; every
// training step's activations are then faulted in page by page again). Large blocks, up to
// 32 MiB, come from the heap, and up to 256 MiB of free heap stays mapped. No-op elsewhere.
void keepFreedMemory();

// Torch operations called from the calling thread run on a team of `threads` intra-op threads
// (1: on it alone): for threads that work beside others, such as the loader's workers or rows
// of fresh target models trained side by side, each of which would otherwise start a team as
// large as the machine (N threads × every core's threads, spinning against each other). Other
// threads keep their setting.
void useIntraOpThreadsHere(int threads);

// Whether 3D convolutions over 4 or 8 input channels fold clips into their channels when they
// train on the CPU (nn/narrow_conv3d.h): off unless the environment variable
// SPACT_FOLD_NARROW_CONV3D=1 asks for it and the CPU has AVX-512, whose oneDNN kernels work in
// 16-channel blocks. Off by default because it changes float rounding, which the minimax game
// amplifies: the tiny preset's claim fails on seed 0 with it (tests/bench/README.md). Process-
// wide; switchable to measure it (`spact bench train --fold / --no-fold`) and to test it.
bool narrowConvFolding();
void setNarrowConvFolding(bool enabled);
// Whether oneDNN computes convolutions here in 16-channel blocks (AVX-512): where folding pays.
bool cpuComputesIn16ChannelBlocks();

// Folding on the calling thread while the guard lives, whatever the process-wide setting: on
// where the CPU computes in 16-channel blocks when `enabled`, else off. The fresh target models
// of the evaluation train with it (train/fresh_targets.h): unlike the game, their training does
// not amplify rounding (tests/bench/README.md).
class NarrowConvFoldingHere {
public:
  explicit NarrowConvFoldingHere(bool enabled);
  ~NarrowConvFoldingHere();
  NarrowConvFoldingHere(const NarrowConvFoldingHere&) = delete;
  NarrowConvFoldingHere& operator=(const NarrowConvFoldingHere&) = delete;

private:
  int previous_;
};

// A convolution's bias that training-mode BatchNorm cancels (nn/unet.cpp): skipped where the
// convolution would add it in a pass of its own over the output (cuDNN, i.e. on CUDA), computed
// where the convolution adds it on the way (oneDNN on the CPU: nothing to gain, measured, and the
// CPU keeps the rounding the tiny preset's claim was validated with). Process-wide; `Skip` and
// `Keep` exist to measure the difference (`spact bench train --keep-cancelled-bias` /
// `--skip-cancelled-bias`) and to test the skipped path on the CPU.
enum class CancelledBias { SkipOnCuda, Skip, Keep };
CancelledBias cancelledBias();
void setCancelledBias(CancelledBias mode);
// Whether they are skipped now for work on CUDA (`cuda`) or on the CPU.
bool skipsCancelledBias(bool cuda);

// cuDNN times its algorithms for each new shape and keeps the fastest (off by default in
// LibTorch): for work whose shapes repeat, as training's do.
void enableCudnnAutotuning();

// "CPU, 2 threads" or "CUDA, 1 device" — what the About box and `spact --version` show.
std::string deviceDescription();

}  // namespace spact::nn
