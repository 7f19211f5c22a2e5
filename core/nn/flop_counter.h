#pragma once
// Counts the arithmetic of the convolutions and matrix products LibTorch runs while a counter
// is alive, on every thread (autograd runs CUDA backward passes on threads of its own): 2 FLOPs
// per multiply-add, forward (aten::convolution, mm, addmm, bmm) and backward
// (aten::convolution_backward, for the gradients it is asked for). Element-wise work is not
// counted: it is a few per cent of these networks' FLOPs and none of their tensor-core time.
// Used by `spact bench train` to report the fraction of the accelerator's peak. One counter
// at a time; counting slows LibTorch's dispatch, so time runs without one.
#include <cstdint>

namespace spact::nn {

class FlopCounter {
public:
  FlopCounter();
  ~FlopCounter();
  FlopCounter(const FlopCounter&) = delete;
  FlopCounter& operator=(const FlopCounter&) = delete;

  double flops() const;

private:
  std::uint64_t handle_ = 0;
};

}  // namespace spact::nn
