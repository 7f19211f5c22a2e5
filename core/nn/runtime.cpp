#include "nn/runtime.h"

#include <torch/torch.h>
#include <torch/version.h>

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
