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

// Torch operations called from the calling thread run on it alone, not on a team of intra-op
// threads: for threads that work beside others, such as the loader's workers, each of which
// would otherwise start a team as large as the machine (N workers × every core's threads,
// spinning against each other). Other threads keep their setting.
void useOneIntraOpThreadHere();

// cuDNN times its algorithms for each new shape and keeps the fastest (off by default in
// LibTorch): for work whose shapes repeat, as training's do.
void enableCudnnAutotuning();

// "CPU, 2 threads" or "CUDA, 1 device" — what the About box and `spact --version` show.
std::string deviceDescription();

}  // namespace spact::nn
