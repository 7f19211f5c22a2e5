#include "nn/fuse.h"

#include <torch/torch.h>

#include <array>
#include <string>

#include "nn/unet.h"

namespace spact::nn {

FoldedConv foldBatchNorm(const torch::nn::Conv2dImpl& conv, const torch::nn::BatchNorm2dImpl& bn) {
  torch::NoGradGuard noGrad;
  const auto f64 = torch::kDouble;
  const torch::Tensor w = conv.weight.to(f64);
  const torch::Tensor b = conv.bias.defined() ? conv.bias.to(f64) : torch::zeros({w.size(0)}, w.options());
  const torch::Tensor gamma = bn.weight.defined() ? bn.weight.to(f64) : torch::ones_like(b);
  const torch::Tensor beta = bn.bias.defined() ? bn.bias.to(f64) : torch::zeros_like(b);
  const torch::Tensor scale = gamma / (bn.running_var.to(f64) + bn.options.eps()).sqrt();
  return {(w * scale.view({-1, 1, 1, 1})).to(conv.weight.scalar_type()).contiguous(),
          ((b - bn.running_mean.to(f64)) * scale + beta).to(conv.weight.scalar_type())};
}

namespace {

template <class T>
const T& child(const torch::nn::Module& root, const std::string& name) {
  const auto modules = root.named_modules("", /*include_self=*/false);
  const auto* found = modules.find(name);
  TORCH_CHECK(found != nullptr, "the UNet has no module ", name);
  const auto* typed = dynamic_cast<const T*>(found->get());
  TORCH_CHECK(typed != nullptr, "the UNet's ", name, " is not of the expected type");
  return *typed;
}

}  // namespace

std::unique_ptr<FusedUNet> FusedUNet::from(const torch::nn::Module& module, const FusedOptions& options) {
  if (dynamic_cast<const UNetImpl*>(&module) == nullptr) return nullptr;
  std::unique_ptr<FusedUNet> fused(new FusedUNet(options));
  const auto place = [&options](const torch::Tensor& t) {
    auto out = t.to(options.device, options.dtype);
    return (options.channelsLast && out.dim() == 4) ? out.contiguous(torch::MemoryFormat::ChannelsLast)
                                                    : out.contiguous();
  };
  // DoubleConv's Sequential: conv 0, BN 1, ReLU 2, conv 3, BN 4, ReLU 5 (the checkpoint keys).
  static const std::array<const char*, 9> blocks = {"inc",
                                                    "down1.maxpool_conv.1",
                                                    "down2.maxpool_conv.1",
                                                    "down3.maxpool_conv.1",
                                                    "down4.maxpool_conv.1",
                                                    "up1.conv",
                                                    "up2.conv",
                                                    "up3.conv",
                                                    "up4.conv"};
  for (const char* block : blocks) {
    const std::string seq = std::string(block) + ".double_conv.";
    for (const char* pair : {"0", "3"}) {
      const std::string bn = std::to_string(std::stoi(pair) + 1);
      FoldedConv folded = foldBatchNorm(child<torch::nn::Conv2dImpl>(module, seq + pair),
                                        child<torch::nn::BatchNorm2dImpl>(module, seq + bn));
      fused->convs_.push_back({place(folded.weight), place(folded.bias)});
    }
  }
  const auto& outc = child<torch::nn::Conv2dImpl>(module, "outc.conv");
  torch::NoGradGuard noGrad;
  fused->outc_ = {place(outc.weight.detach().clone()), place(outc.bias.detach().clone())};
  return fused;
}

torch::Tensor FusedUNet::doubleConv(torch::Tensor x, std::size_t first) const {
  for (std::size_t i = first; i < first + 2; ++i)
    x = torch::conv2d(x, convs_[i].weight, convs_[i].bias, /*stride=*/1, /*padding=*/1).relu_();
  return x;
}

torch::Tensor FusedUNet::up(const torch::Tensor& below, const torch::Tensor& skip, std::size_t first) const {
  // As UpImpl::forward: bilinear ×2 with align_corners, pad to the skip's size, skip first.
  torch::Tensor x = torch::upsample_bilinear2d(below, {2 * below.size(2), 2 * below.size(3)}, /*align_corners=*/true);
  const int64_t dy = skip.size(2) - x.size(2), dx = skip.size(3) - x.size(3);
  if (dy != 0 || dx != 0) x = torch::constant_pad_nd(x, {dx / 2, dx - dx / 2, dy / 2, dy - dy / 2});
  torch::Tensor joined = torch::cat({skip, x}, 1);
  if (options_.channelsLast) joined = joined.contiguous(torch::MemoryFormat::ChannelsLast);
  return doubleConv(joined, first);
}

torch::Tensor FusedUNet::forward(const torch::Tensor& input) const {
  torch::Tensor x = input.to(options_.device, options_.dtype);
  x = options_.channelsLast ? x.contiguous(torch::MemoryFormat::ChannelsLast) : x.contiguous();
  const torch::Tensor x1 = doubleConv(x, 0);
  const torch::Tensor x2 = doubleConv(torch::max_pool2d(x1, 2), 2);
  const torch::Tensor x3 = doubleConv(torch::max_pool2d(x2, 2), 4);
  const torch::Tensor x4 = doubleConv(torch::max_pool2d(x3, 2), 6);
  const torch::Tensor x5 = doubleConv(torch::max_pool2d(x4, 2), 8);
  torch::Tensor y = up(x5, x4, 10);
  y = up(y, x3, 12);
  y = up(y, x2, 14);
  y = up(y, x1, 16);
  // The logits in float: the sigmoid's output is what is rounded to 8 bits.
  return torch::sigmoid(torch::conv2d(y, outc_.weight, outc_.bias).to(torch::kFloat));
}

}  // namespace spact::nn
