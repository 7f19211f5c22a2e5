#include "data/augment.h"

#include <torch/torch.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace spact::data {
namespace {

// ITU-R BT.601 luma, as torchvision's rgb_to_grayscale.
torch::Tensor luma(const torch::Tensor& x) {  // (T, 3, H, W) → (T, 1, H, W)
  return (0.299 * x.select(1, 0) + 0.587 * x.select(1, 1) + 0.114 * x.select(1, 2)).unsqueeze(1);
}

using Mat3 = std::array<std::array<double, 3>, 3>;

Mat3 product(const Mat3& a, const Mat3& b) {
  Mat3 p{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j)
      for (int k = 0; k < 3; ++k) p[i][j] += a[i][k] * b[k][j];
  return p;
}

Mat3 inverse(const Mat3& m) {  // by cofactors; m is RGB→YIQ, far from singular
  Mat3 r{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j)
      r[j][i] = m[(i + 1) % 3][(j + 1) % 3] * m[(i + 2) % 3][(j + 2) % 3] -
                m[(i + 1) % 3][(j + 2) % 3] * m[(i + 2) % 3][(j + 1) % 3];
  const double det = m[0][0] * r[0][0] + m[0][1] * r[1][0] + m[0][2] * r[2][0];
  for (auto& row : r)
    for (double& v : row) v /= det;
  return r;
}

// Hue rotation by `turns` about the grey axis in YIQ space: a light, smooth stand-in for
// torchvision's HSV hue shift (the jitter is small, ± jitter/2 turns).
torch::Tensor rotateHue(const torch::Tensor& x, double turns) {
  const double a = turns * 2 * std::numbers::pi;
  const double c = std::cos(a), s = std::sin(a);
  // RGB→YIQ, rotate I/Q, YIQ→RGB, folded into one 3×3 matrix.
  const Mat3 toYiq{{{0.299, 0.587, 0.114}, {0.596, -0.274, -0.322}, {0.211, -0.523, 0.312}}};
  const Mat3 rotation{{{1.0, 0.0, 0.0}, {0.0, c, -s}, {0.0, s, c}}};
  const Mat3 m = product(product(inverse(toYiq), rotation), toYiq);
  // Weighted sums of the channel planes, not a matrix product: BLAS's own thread pool would
  // compete with the loader's workers (each runs its tensor work on itself alone).
  std::vector<torch::Tensor> out;
  for (const auto& row : m) out.push_back(row[0] * x.select(1, 0) + row[1] * x.select(1, 1) + row[2] * x.select(1, 2));
  return torch::stack(out, 1);
}

}  // namespace

AugmentDraw centreSquare(int width, int height) {
  AugmentDraw d;
  if (width > height) {
    d.cropW = static_cast<double>(height) / width;
    d.cropX = (1 - d.cropW) / 2;
  } else if (height > width) {
    d.cropH = static_cast<double>(width) / height;
    d.cropY = (1 - d.cropH) / 2;
  }
  return d;
}

AugmentDraw drawAugment(const Augment& o, int width, int height, SampleRng& rng) {
  if (!o.enabled) return centreSquare(width, height);
  AugmentDraw d;
  // Every field is drawn whether used or not, so one option's value never shifts another's draw.
  const double cropMin = std::clamp(o.cropMin, 0.05, 1.0);
  d.cropW = rng.uniform(cropMin, 1.0);
  d.cropH = rng.uniform(cropMin, 1.0);
  d.cropX = rng.uniform() * (1 - d.cropW);
  d.cropY = rng.uniform() * (1 - d.cropH);
  d.flip = rng.chance(o.flip);
  d.grayscale = rng.chance(o.grayscale);
  const double j = std::clamp(o.jitter, 0.0, 1.0);
  d.brightness = rng.uniform(1 - j, 1 + j);
  d.contrast = rng.uniform(1 - j, 1 + j);
  d.saturation = rng.uniform(1 - j, 1 + j);
  d.hue = rng.uniform(-j / 2, j / 2);
  d.erase = rng.chance(o.erase);
  // Erase 2–10 % of the area with an aspect ratio between 1:3 and 3:1 (torchvision's
  // RandomErasing ranges, with the area capped at 10 %).
  const double area = rng.uniform(0.02, 0.10);
  const double aspect = std::exp(rng.uniform(std::log(1.0 / 3), std::log(3.0)));
  d.eraseW = std::min(1.0, std::sqrt(area * aspect));
  d.eraseH = std::min(1.0, std::sqrt(area / aspect));
  d.eraseX = rng.uniform() * (1 - d.eraseW);
  d.eraseY = rng.uniform() * (1 - d.eraseH);
  const double shift = std::clamp(o.shift, 0.0, 0.5);
  d.shiftX = rng.uniform(-shift, shift);
  d.shiftY = rng.uniform(-shift, shift);
  return d;
}

torch::Tensor framesToTensor(const std::vector<const media::Image*>& frames, const AugmentDraw& d, int size) {
  const int w = frames.front()->width, h = frames.front()->height;
  const auto t = static_cast<std::int64_t>(frames.size());
  // Crop in 8 bits first, so only the kept pixels are converted and resized.
  const int x0 = std::clamp(static_cast<int>(std::lround(d.cropX * w)), 0, w - 1);
  const int y0 = std::clamp(static_cast<int>(std::lround(d.cropY * h)), 0, h - 1);
  const int cw = std::clamp(static_cast<int>(std::lround(d.cropW * w)), 1, w - x0);
  const int ch = std::clamp(static_cast<int>(std::lround(d.cropH * h)), 1, h - y0);
  torch::Tensor bytes = torch::empty({t, ch, cw, 3}, torch::kUInt8);
  for (std::int64_t i = 0; i < t; ++i) {
    const media::Image& f = *frames[static_cast<std::size_t>(i)];
    auto* dst = bytes[i].data_ptr<std::uint8_t>();
    for (int y = 0; y < ch; ++y)
      std::copy_n(f.pixel(x0, y0 + y), static_cast<std::size_t>(cw) * 3, dst + static_cast<std::size_t>(y) * cw * 3);
  }
  torch::Tensor x = bytes.permute({0, 3, 1, 2}).to(torch::kFloat32).div_(255.0);
  if (cw != size || ch != size) {
    namespace F = torch::nn::functional;
    x = F::interpolate(x, F::InterpolateFuncOptions()
                              .size(std::vector<std::int64_t>{size, size})
                              .mode(torch::kBilinear)
                              .align_corners(false));
  }
  x = x.contiguous();
  const auto dx = static_cast<std::int64_t>(std::lround(d.shiftX * size));
  const auto dy = static_cast<std::int64_t>(std::lround(d.shiftY * size));
  if ((dx != 0 || dy != 0) && std::abs(dx) < size && std::abs(dy) < size) {
    torch::Tensor moved = torch::zeros_like(x);
    const std::int64_t keptW = size - std::abs(dx), keptH = size - std::abs(dy);
    moved.narrow(2, std::max<std::int64_t>(dy, 0), keptH)
        .narrow(3, std::max<std::int64_t>(dx, 0), keptW)
        .copy_(x.narrow(2, std::max<std::int64_t>(-dy, 0), keptH).narrow(3, std::max<std::int64_t>(-dx, 0), keptW));
    x = moved;
  }
  if (d.flip) x = x.flip({3});
  if (d.brightness != 1) x = (x * d.brightness).clamp_(0, 1);
  if (d.contrast != 1) {
    const torch::Tensor mean = luma(x).mean({1, 2, 3}, /*keepdim=*/true);  // per frame, as torchvision
    x = ((x - mean) * d.contrast + mean).clamp_(0, 1);
  }
  if (d.saturation != 1) {
    const torch::Tensor grey = luma(x);
    x = ((x - grey) * d.saturation + grey).clamp_(0, 1);
  }
  if (d.hue != 0) x = rotateHue(x, d.hue).clamp_(0, 1);
  if (d.grayscale) x = luma(x).expand({t, 3, size, size}).contiguous();
  if (d.erase) {
    const auto ex = static_cast<std::int64_t>(std::lround(d.eraseX * size));
    const auto ey = static_cast<std::int64_t>(std::lround(d.eraseY * size));
    const auto ew = std::max<std::int64_t>(1, std::min<std::int64_t>(size - ex, std::lround(d.eraseW * size)));
    const auto eh = std::max<std::int64_t>(1, std::min<std::int64_t>(size - ey, std::lround(d.eraseH * size)));
    x.narrow(2, ey, eh).narrow(3, ex, ew).zero_();
  }
  return x;
}

}  // namespace spact::data
