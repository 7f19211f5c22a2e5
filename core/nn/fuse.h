#pragma once
// Inference copies of networks with BatchNorm folded into the convolution before it: in eval mode
// BN(conv(x)) = conv'(x) with w' = w·γ/√(σ²+ε) per output channel and b' = (b−μ)·γ/√(σ²+ε) + β,
// so each conv-BN-ReLU becomes one convolution and an in-place ReLU (one pass over memory fewer,
// and no BatchNorm kernel). The copy shares no storage with the network it was made from.
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>

#include <memory>
#include <vector>

namespace spact::nn {

struct FoldedConv {
  torch::Tensor weight;  // (out, in, kh, kw)
  torch::Tensor bias;    // (out)
};

// The convolution that equals `conv` followed by `bn` in eval mode (float64 arithmetic, stored in
// the convolution's dtype).
FoldedConv foldBatchNorm(const torch::nn::Conv2dImpl& conv, const torch::nn::BatchNorm2dImpl& bn);

struct FusedOptions {
  torch::Device device = torch::kCPU;
  torch::Dtype dtype = torch::kFloat;  // kBFloat16: weights and activations in bf16, output float
  bool channelsLast = true;            // NHWC activations and weights
};

// The UNet f_A (nn/unet.h) for inference only: 18 folded conv+ReLU, the 1×1 output convolution,
// sigmoid. forward() takes and returns float (N, 3, H, W) like UNet::forward, any layout.
class FusedUNet {
 public:
  // Null when `module` is not a UNetImpl.
  static std::unique_ptr<FusedUNet> from(const torch::nn::Module& module, const FusedOptions& options = {});

  torch::Tensor forward(const torch::Tensor& x) const;
  const FusedOptions& options() const { return options_; }

 private:
  explicit FusedUNet(FusedOptions options) : options_(options) {}
  torch::Tensor doubleConv(torch::Tensor x, std::size_t first) const;
  torch::Tensor up(const torch::Tensor& below, const torch::Tensor& skip, std::size_t first) const;

  FusedOptions options_;
  std::vector<FoldedConv> convs_;  // inc, down1..4, up1..4: two each, in forward order
  FoldedConv outc_;
};

}  // namespace spact::nn
