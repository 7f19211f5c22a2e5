#include "nn/unet.h"

#include <c10/core/impl/LocalDispatchKeySet.h>
#include <torch/nn/functional/padding.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/pooling.h>

#include "nn/runtime.h"
#include "nn/widths.h"

namespace spact::nn {

namespace tnn = torch::nn;

DoubleConvImpl::DoubleConvImpl(int64_t in, int64_t out, int64_t mid) {
  if (mid <= 0) mid = out;
  doubleConv =
      register_module("double_conv", tnn::Sequential(tnn::Conv2d(tnn::Conv2dOptions(in, mid, 3).padding(1)),
                                                     tnn::BatchNorm2d(mid), tnn::ReLU(tnn::ReLUOptions(true)),
                                                     tnn::Conv2d(tnn::Conv2dOptions(mid, out, 3).padding(1)),
                                                     tnn::BatchNorm2d(out), tnn::ReLU(tnn::ReLUOptions(true))));
}

namespace {

// conv3x3 (padding 1) then BatchNorm, in training, without the convolution's bias: BatchNorm
// subtracts each channel's batch mean, so the bias cancels -- the output and every gradient are
// the same, the bias's own gradient is zero (it gets none here, so the optimizer leaves it be;
// with one it takes Adam steps on rounding noise). cuDNN would add it in a pass of its own over
// the output and sum the output's gradient for it: 8 % of a paper minimax iteration on an H100
// (0.267 -> 0.244 s, tests/bench/README.md). The running mean, which inference uses, does see
// the bias: it is added back at BatchNorm's momentum, as the update of a biased batch mean would.
torch::Tensor convThenTrainingBatchNorm(tnn::Conv2dImpl& conv, tnn::BatchNorm2dImpl& bn, const torch::Tensor& x) {
  const auto& o = bn.options;
  const double momentum = *o.momentum();
  {
    // Before the call: (1 - m) (mean + m b / (1 - m)) + m batch = (1 - m) mean + m (batch + b).
    // Through .data(), as BatchNorm updates its statistics itself: BatchNorm saves the running
    // mean for its backward pass (unused in training), and a forward pass of the network that
    // came before and is not yet back-propagated would otherwise see it changed.
    torch::NoGradGuard noGrad;
    bn.running_mean.data().add_(conv.bias, momentum / (1 - momentum));
    bn.num_batches_tracked += 1;
  }
  return torch::batch_norm(torch::conv2d(x, conv.weight, {}, /*stride=*/{1, 1}, /*padding=*/{1, 1}), bn.weight, bn.bias,
                           bn.running_mean, bn.running_var, true, momentum, o.eps(),
                           at::globalContext().userEnabledCuDNN());
}

}  // namespace

torch::Tensor DoubleConvImpl::forward(const torch::Tensor& x) {
  auto* bn1 = doubleConv->ptr(1)->as<tnn::BatchNorm2d>();
  const bool cancels = bn1->is_training() && bn1->options.track_running_stats() && bn1->options.momentum() &&
                       *bn1->options.momentum() < 1;
  if (!cancels || !skipsCancelledBias(x.is_cuda())) return doubleConv->forward(x);
  auto y = convThenTrainingBatchNorm(*doubleConv->ptr(0)->as<tnn::Conv2d>(), *bn1, x);
  y.relu_();
  y = convThenTrainingBatchNorm(*doubleConv->ptr(3)->as<tnn::Conv2d>(), *doubleConv->ptr(4)->as<tnn::BatchNorm2d>(), y);
  return y.relu_();
}

DownImpl::DownImpl(int64_t in, int64_t out) {
  maxpoolConv = register_module("maxpool_conv", tnn::Sequential(tnn::MaxPool2d(2), DoubleConv(in, out)));
}

torch::Tensor DownImpl::forward(const torch::Tensor& x) { return maxpoolConv->forward(x); }

UpImpl::UpImpl(int64_t in, int64_t out) {
  up = register_module("up", tnn::Upsample(tnn::UpsampleOptions()
                                               .scale_factor(std::vector<double>{2.0, 2.0})
                                               .mode(torch::kBilinear)
                                               .align_corners(true)));
  conv = register_module("conv", DoubleConv(in, out, in / 2));
}

torch::Tensor UpImpl::forward(const torch::Tensor& below, const torch::Tensor& skip) {
  torch::Tensor x;
  {
    // Autocast keeps bilinear up-sampling on its fp32 list: under bf16 the map would come out in
    // fp32, promote the concatenation with the skip connection to fp32 and be cast back to bf16
    // by the next convolution -- three times the memory traffic of the up path, in a network
    // bound by memory traffic. In the input's precision the kernel still interpolates in fp32,
    // so the convolution sees the same bf16 values; only the backward pass accumulates its
    // gradient in bf16. Measured in tests/bench/README.md ("On the GPU machine").
    c10::impl::ExcludeDispatchKeyGuard noAutocast(c10::autocast_dispatch_keyset);
    x = up->forward(below);
  }
  // The reference pads the up-sampled map to the skip connection's size (odd sizes lose a row
  // or column on the way down), the extra pixel going to the bottom/right.
  const int64_t dy = skip.size(2) - x.size(2), dx = skip.size(3) - x.size(3);
  if (dy != 0 || dx != 0)
    x = torch::nn::functional::pad(x,
                                   torch::nn::functional::PadFuncOptions({dx / 2, dx - dx / 2, dy / 2, dy - dy / 2}));
  return conv->forward(torch::cat({skip, x}, 1));
}

OutConvImpl::OutConvImpl(int64_t in, int64_t out) {
  conv = register_module("conv", tnn::Conv2d(tnn::Conv2dOptions(in, out, 1)));
}

torch::Tensor OutConvImpl::forward(const torch::Tensor& x) { return conv->forward(x); }

UNetImpl::UNetImpl(const UNetOptions& options) : options_(options) {
  // Reference widths 64-128-256-512 and 1024 // 2 at the bottom (the bilinear variant halves it).
  const int64_t b = scaledChannels(64, options.width());
  inc_ = register_module("inc", DoubleConv(options.inChannels(), b));
  down1_ = register_module("down1", Down(b, 2 * b));
  down2_ = register_module("down2", Down(2 * b, 4 * b));
  down3_ = register_module("down3", Down(4 * b, 8 * b));
  down4_ = register_module("down4", Down(8 * b, 8 * b));
  up1_ = register_module("up1", Up(16 * b, 4 * b));
  up2_ = register_module("up2", Up(8 * b, 2 * b));
  up3_ = register_module("up3", Up(4 * b, b));
  up4_ = register_module("up4", Up(2 * b, b));
  outc_ = register_module("outc", OutConv(b, options.outChannels()));
}

torch::Tensor UNetImpl::forward(const torch::Tensor& x) {
  const torch::Tensor x1 = inc_->forward(x);
  const torch::Tensor x2 = down1_->forward(x1);
  const torch::Tensor x3 = down2_->forward(x2);
  const torch::Tensor x4 = down3_->forward(x3);
  const torch::Tensor x5 = down4_->forward(x4);
  torch::Tensor y = up1_->forward(x5, x4);
  y = up2_->forward(y, x3);
  y = up3_->forward(y, x2);
  y = up4_->forward(y, x1);
  return torch::sigmoid(outc_->forward(y));
}

}  // namespace spact::nn
