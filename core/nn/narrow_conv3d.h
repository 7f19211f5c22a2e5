#pragma once
// A 3D convolution that trains faster over few input channels on CPUs where oneDNN computes in
// 16-channel blocks (AVX-512). There a convolution over 8 channels pads them to 16, and its
// backward pass is slow: on this project's Zen 4, one thread, 8 clips of 8 × 32 × 32, a 3×3×3
// convolution 8 → 8 took 5.9 ms forward, 8.8 ms back to its input and 11.1 ms back to its weight.
// Folding k = 16 / C clips into the channels -- (N, C, ...) → (N/k, k·C, ...), a view -- with a
// block-diagonal weight computes the same sums (plus products with zeros) at full blocks:
// 5.7 + 4.3 + 5.0 ms; a whole training step of the tiny preset's R3D-18 on one thread, 155–184 →
// 112–120 ms (tests/bench/README.md).
//
// The fold applies only where it pays: when gradients flow (forward alone it gains nothing), on
// CPU float tensors in the default layout, with 4 or 8 input channels, one group, zero padding, a
// batch divisible by k, and where the CPU has AVX-512 (with 8-channel AVX2 blocks it is slower:
// 21.7 → 26.0 ms for the convolution above). Otherwise, and for CUDA, it is torch::nn::Conv3d.
// In the game it is opt-in (nn/runtime.h, narrowConvFolding: SPACT_FOLD_NARROW_CONV3D=1); the
// evaluation's fresh target models fold where the CPU allows (NarrowConvFoldingHere).
// The parameters, their names and their initialisation are Conv3d's, so checkpoints and seeds
// are unchanged; results differ from Conv3d's only in float rounding (sums in another order).
// clone() gives a plain Conv3dImpl (Cloneable's type): the same results, without the fold.
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>
#include <cstdint>

namespace spact::nn {

class NarrowConv3dImpl : public torch::nn::Conv3dImpl {
 public:
  using Conv3dImpl::Conv3dImpl;
  torch::Tensor forward(const torch::Tensor& input);
};
TORCH_MODULE(NarrowConv3d);

// How many clips the convolution folds into its channels for this input: 1 (none), 2 or 4.
int64_t narrowConvFold(const NarrowConv3dImpl& conv, const torch::Tensor& input);

}  // namespace spact::nn
