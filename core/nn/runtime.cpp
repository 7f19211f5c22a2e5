#include "nn/runtime.h"

#include <ATen/Parallel.h>
#include <dlfcn.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <torch/torch.h>
#include <torch/version.h>

#include <atomic>
#include <cstdlib>

#include "util/system.h"

namespace spact::nn {

std::string torchVersion() { return TORCH_VERSION; }

bool cudaAvailable() { return torch::cuda::is_available(); }

int cudaDeviceCount() { return static_cast<int>(torch::cuda::device_count()); }

void configureThreads(int threads) {
  const int n = threads > 0 ? threads : system::availableCores();
  if (at::get_num_threads() != n) at::set_num_threads(n);
}

int threadCount() { return at::get_num_threads(); }

void keepFreedMemory() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

void useIntraOpThreadsHere(int threads) {
  // LibTorch sets each thread's count on its first parallel operation; set it first, or that
  // would undo the setting below.
  at::internal::lazy_init_num_threads();
  // The count is OpenMP's, per thread; LibTorch has no per-thread setter (at::set_num_threads
  // also changes every later thread's default). So this calls the OpenMP runtime LibTorch was
  // loaded with -- Python wheels carry their own libgomp, which linking the system's would miss.
  // Without OpenMP (another parallel back end) there is nothing to set.
  using SetThreads = void (*)(int);
  static const auto setThreads = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"));
  if (setThreads) setThreads(threads > 0 ? threads : 1);
}

bool cpuComputesIn16ChannelBlocks() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  return at::hasMKLDNN() && __builtin_cpu_supports("avx512f");
#else
  return false;
#endif
}

namespace {

std::atomic<bool>& narrowConvFoldingSetting() {
  static std::atomic<bool> enabled{[] {
    const char* asked = std::getenv("SPACT_FOLD_NARROW_CONV3D");
    return asked && std::string(asked) == "1" && cpuComputesIn16ChannelBlocks();
  }()};
  return enabled;
}

// The calling thread's NarrowConvFoldingHere: -1 none, else 0 / 1.
thread_local int foldingHere = -1;

}  // namespace

bool narrowConvFolding() { return foldingHere >= 0 ? foldingHere == 1 : narrowConvFoldingSetting().load(); }

NarrowConvFoldingHere::NarrowConvFoldingHere(bool enabled) : previous_(foldingHere) {
  foldingHere = enabled && cpuComputesIn16ChannelBlocks() ? 1 : 0;
}

NarrowConvFoldingHere::~NarrowConvFoldingHere() { foldingHere = previous_; }

void setNarrowConvFolding(bool enabled) { narrowConvFoldingSetting().store(enabled); }

namespace {
std::atomic<CancelledBias> cancelledBiasSetting{CancelledBias::SkipOnCuda};
}  // namespace

CancelledBias cancelledBias() { return cancelledBiasSetting.load(); }

void setCancelledBias(CancelledBias mode) { cancelledBiasSetting.store(mode); }

bool skipsCancelledBias(bool cuda) {
  switch (cancelledBias()) {
    case CancelledBias::Skip:
      return true;
    case CancelledBias::Keep:
      return false;
    case CancelledBias::SkipOnCuda:
      return cuda;
  }
  return false;
}

void enableCudnnAutotuning() { at::globalContext().setBenchmarkCuDNN(true); }

std::string deviceDescription() {
  if (cudaAvailable()) {
    const int n = cudaDeviceCount();
    return "CUDA, " + std::to_string(n) + (n == 1 ? " device" : " devices");
  }
  std::string cpu = system::cpuModel();
  const int t = threadCount();
  return "CPU" + (cpu.empty() ? std::string() : " (" + cpu + ")") + ", " + std::to_string(t) + (t == 1 ? " thread" : " threads");
}

}  // namespace spact::nn
