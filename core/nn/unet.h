#pragma once
// f_A, the anonymizer: the reference UNet (milesial Pytorch-UNet, bilinear up-sampling) as the
// official SPAct code uses it. Registered names are its state-dict keys: inc, down1..4 (with
// maxpool_conv), up1..4 (with up and conv), outc, and double_conv inside each DoubleConv. Widths
// 64-128-256-512-512 at width 1 (17,267,523 parameters with 3 in and 3 out channels; that
// version's convolutions keep their bias). Any input size: the up path pads odd sizes as the
// reference does.
#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/upsampling.h>
#include <torch/nn/pimpl.h>

namespace spact::nn {

struct UNetOptions {
  TORCH_ARG(int64_t, inChannels) = 3;
  TORCH_ARG(int64_t, outChannels) = 3;
  TORCH_ARG(double, width) = 1.0;  // base width round(64 * width)
};

// conv3x3-BN-ReLU twice, as `double_conv` (a Sequential: keys double_conv.0, .1, .3, .4).
class DoubleConvImpl : public torch::nn::Module {
 public:
  DoubleConvImpl(int64_t in, int64_t out, int64_t mid = 0);
  torch::Tensor forward(const torch::Tensor& x);

  torch::nn::Sequential doubleConv{nullptr};
};
TORCH_MODULE(DoubleConv);

// Max-pool by 2, then DoubleConv: `maxpool_conv`.
class DownImpl : public torch::nn::Module {
 public:
  DownImpl(int64_t in, int64_t out);
  torch::Tensor forward(const torch::Tensor& x);

  torch::nn::Sequential maxpoolConv{nullptr};
};
TORCH_MODULE(Down);

// Bilinear up-sampling (align_corners), pad to the skip connection's size, concatenate, DoubleConv.
class UpImpl : public torch::nn::Module {
 public:
  UpImpl(int64_t in, int64_t out);
  torch::Tensor forward(const torch::Tensor& below, const torch::Tensor& skip);

  torch::nn::Upsample up{nullptr};
  DoubleConv conv{nullptr};
};
TORCH_MODULE(Up);

// The 1x1 output convolution, `outc.conv`.
class OutConvImpl : public torch::nn::Module {
 public:
  OutConvImpl(int64_t in, int64_t out);
  torch::Tensor forward(const torch::Tensor& x);

  torch::nn::Conv2d conv{nullptr};
};
TORCH_MODULE(OutConv);

class UNetImpl : public torch::nn::Module {
 public:
  explicit UNetImpl(const UNetOptions& options = {});
  // (N, C, H, W) in [0, 1] -> (N, outChannels, H, W) in (0, 1).
  torch::Tensor forward(const torch::Tensor& x);

  const UNetOptions& options() const { return options_; }

 private:
  UNetOptions options_;
  DoubleConv inc_{nullptr};
  Down down1_{nullptr}, down2_{nullptr}, down3_{nullptr}, down4_{nullptr};
  Up up1_{nullptr}, up2_{nullptr}, up3_{nullptr}, up4_{nullptr};
  OutConv outc_{nullptr};
};
TORCH_MODULE(UNet);

}  // namespace spact::nn
