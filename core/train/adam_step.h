#pragma once
// Adam's update for all of an optimizer's parameters at once, with LibTorch's multi-tensor
// (_foreach_) kernels: the same arithmetic, in the same order, as torch::optim::Adam::step (so
// its state stays the optimizer's own and checkpoints are unchanged), in a dozen kernel launches
// instead of a dozen per parameter -- on CUDA, LibTorch's own step spends more time launching
// kernels than running them (tests/bench/README.md). AMSGrad falls back to Adam::step.
#include <torch/optim/adam.h>

namespace spact::train {

void adamStep(torch::optim::Adam& optimizer);

}  // namespace spact::train
