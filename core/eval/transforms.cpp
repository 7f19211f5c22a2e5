#include "eval/transforms.h"

#include <fmt/format.h>
#include <torch/nn/functional.h>

#include <algorithm>
#include <cmath>

#include "nn/fuse.h"
#include "nn/io/model_import.h"
#include "nn/networks.h"
#include "nn/state.h"

namespace spact::eval {

namespace F = torch::nn::functional;

namespace {

std::int64_t shorterSide(const torch::Tensor& frames) { return std::min(frames.size(2), frames.size(3)); }

// A normalised 1-D Gaussian of `sigma`, radius ceil(3 sigma) as OpenCV's getGaussianKernel for
// Size(0, 0) uses for float images.
torch::Tensor gaussianKernel(double sigma, const torch::TensorOptions& options) {
  const auto radius = static_cast<std::int64_t>(std::ceil(3 * sigma));
  auto x = torch::arange(-radius, radius + 1, options);
  auto k = torch::exp(-(x * x) / (2 * sigma * sigma));
  return k / k.sum();
}

}  // namespace

const std::vector<std::string>& baselineNames() {
  static const std::vector<std::string> names = {"raw", "downsample2", "downsample4", "blur", "pixelate", "faceblur"};
  return names;
}

bool isBaseline(const std::string& name) {
  const auto& n = baselineNames();
  return std::find(n.begin(), n.end(), name) != n.end();
}

torch::Tensor downsample(const torch::Tensor& frames, int factor) {
  factor = std::max(1, factor);
  const auto h = frames.size(2), w = frames.size(3);
  auto small = F::avg_pool2d(frames, F::AvgPool2dFuncOptions(factor).stride(factor));
  return F::interpolate(small, F::InterpolateFuncOptions()
                                   .size(std::vector<std::int64_t>{h, w})
                                   .mode(torch::kBilinear)
                                   .align_corners(false));
}

torch::Tensor gaussianBlur(const torch::Tensor& frames) {
  const double sigma = std::max(0.5, static_cast<double>(shorterSide(frames)) / 28.0);
  auto k = gaussianKernel(sigma, frames.options());
  const auto r = (k.size(0) - 1) / 2;
  const auto c = frames.size(1);
  // Reflect padding needs the pad smaller than the side; tiny frames fall back to replicate.
  const bool reflect = r < frames.size(2) && r < frames.size(3);
  auto mode = reflect ? F::PadFuncOptions::mode_t(torch::kReflect) : F::PadFuncOptions::mode_t(torch::kReplicate);
  auto x = F::pad(frames, F::PadFuncOptions({r, r, r, r}).mode(mode));
  x = F::conv2d(x, k.view({1, 1, 1, -1}).repeat({c, 1, 1, 1}), F::Conv2dFuncOptions().groups(c));
  x = F::conv2d(x, k.view({1, 1, -1, 1}).repeat({c, 1, 1, 1}), F::Conv2dFuncOptions().groups(c));
  return x;
}

torch::Tensor pixelate(const torch::Tensor& frames) {
  const auto block = std::max<std::int64_t>(2, shorterSide(frames) / 14);
  const auto h = frames.size(2), w = frames.size(3);
  auto small = F::adaptive_avg_pool2d(frames, F::AdaptiveAvgPool2dFuncOptions(
                                                  std::vector<std::int64_t>{(h + block - 1) / block, (w + block - 1) / block}));
  return F::interpolate(small, F::InterpolateFuncOptions().size(std::vector<std::int64_t>{h, w}).mode(torch::kNearest));
}

Result<train::FrameTransform> baselineTransform(const std::string& name, const std::string& cascadePath) {
  if (name == "raw") return train::FrameTransform{};
  if (name == "downsample2") return train::FrameTransform([](const torch::Tensor& x) { return downsample(x, 2); });
  if (name == "downsample4") return train::FrameTransform([](const torch::Tensor& x) { return downsample(x, 4); });
  if (name == "blur") return train::FrameTransform([](const torch::Tensor& x) { return gaussianBlur(x); });
  if (name == "pixelate") return train::FrameTransform([](const torch::Tensor& x) { return pixelate(x); });
  if (name == "faceblur") return faceBlurTransform(cascadePath);
  std::string known;
  for (const auto& n : baselineNames()) known += (known.empty() ? "" : ", ") + n;
  return fail(ErrorCode::InvalidInput, fmt::format("Unknown baseline '{}': use {}.", name, known));
}

Result<train::FrameTransform> modelTransform(const std::string& path, const std::string& device) {
  auto bundle = nn::io::importModel(path);
  if (!bundle) return tl::unexpected(bundle.error());
  const auto* weights = bundle->network(nn::NetworkKind::Anonymizer);
  if (!weights)
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' holds no anonymizer (f_A) to evaluate.", path));
  if (!weights->spec)
    return fail(ErrorCode::Unsupported, fmt::format("'{}' holds anonymizer weights of an architecture SPAct Studio cannot run.", path));
  auto network = nn::makeNetwork(*weights->spec);
  if (!network) return tl::unexpected(network.error());
  if (auto ok = nn::loadState(network->base(), weights->tensors, fmt::format("'{}'", path)); !ok)
    return tl::unexpected(ok.error());
  torch::Device d(device);
  network->base().to(d);
  network->base().eval();
  for (auto& p : network->base().parameters()) p.set_requires_grad(false);
  // A UNet runs as the studio runs it (nn/fuse.h): BatchNorm folded, channels-last -- the same
  // frames within float rounding, ~25 % sooner on the tiny preset's 32-pixel frames.
  if (std::shared_ptr<const nn::FusedUNet> fused = nn::FusedUNet::from(network->base(), {.device = d}))
    return train::FrameTransform([fused, d](const torch::Tensor& x) {
      torch::NoGradGuard noGrad;
      return fused->forward(x.to(d)).contiguous().to(x.device());
    });
  auto shared = std::make_shared<nn::Network>(std::move(*network));
  return train::FrameTransform([shared, d](const torch::Tensor& x) {
    torch::NoGradGuard noGrad;
    return shared->forward(x.to(d)).to(torch::kFloat32).to(x.device());
  });
}

std::vector<media::Image> toImages(const torch::Tensor& frames) {
  auto bytes = frames.detach().to(torch::kCPU, torch::kFloat32).clamp(0, 1).mul(255).round().to(torch::kUInt8)
                   .permute({0, 2, 3, 1}).contiguous();
  std::vector<media::Image> out(static_cast<std::size_t>(bytes.size(0)));
  const auto h = static_cast<int>(bytes.size(1)), w = static_cast<int>(bytes.size(2));
  const auto per = static_cast<std::size_t>(h) * w * 3;
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].width = w;
    out[i].height = h;
    const auto* p = bytes.data_ptr<std::uint8_t>() + i * per;
    out[i].rgb.assign(p, p + per);
  }
  return out;
}

torch::Tensor fromImages(const std::vector<media::Image>& images) {
  if (images.empty()) return torch::empty({0, 3, 0, 0});
  const auto h = images.front().height, w = images.front().width;
  auto out = torch::empty({static_cast<std::int64_t>(images.size()), h, w, 3}, torch::kUInt8);
  const auto per = static_cast<std::size_t>(h) * w * 3;
  for (std::size_t i = 0; i < images.size(); ++i)
    std::copy(images[i].rgb.begin(), images[i].rgb.end(), out.data_ptr<std::uint8_t>() + i * per);
  return out.permute({0, 3, 1, 2}).to(torch::kFloat32).div(255);
}

#ifndef SPACT_HAVE_MEDIA
Result<train::FrameTransform> faceBlurTransform(const std::string&) {
  return fail(ErrorCode::Unsupported, "Face blur needs OpenCV, which this build lacks; leave faceblur out of --baselines.");
}
#endif

}  // namespace spact::eval
