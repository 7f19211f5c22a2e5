#include "nn/narrow_conv3d.h"

#include <torch/nn/functional/conv.h>
#include <torch/torch.h>
#include <torch/version.h>

#include <vector>

#include "nn/runtime.h"

namespace spact::nn {

namespace {

// (O, C, ...) → (k·O, k·C, ...) with `weight` on the diagonal and zeros elsewhere; differentiable,
// so the weight's gradient is the sum of the diagonal blocks' gradients.
torch::Tensor blockDiagonal(const torch::Tensor& weight, int64_t k) {
  const torch::Tensor zeros = torch::zeros_like(weight);
  std::vector<torch::Tensor> rows;
  for (int64_t i = 0; i < k; ++i) {
    std::vector<torch::Tensor> row;
    for (int64_t j = 0; j < k; ++j) row.push_back(i == j ? weight : zeros);
    rows.push_back(torch::cat(row, 1));
  }
  return torch::cat(rows, 0);
}

// (N, C, ...) → (N/k, k·C, ...): clip n·k + j's channels at j·C.., a view of a contiguous tensor.
torch::Tensor foldClips(const torch::Tensor& x, int64_t k) {
  std::vector<int64_t> shape = x.sizes().vec();
  shape[0] /= k;
  shape[1] *= k;
  return x.view(shape);
}

torch::Tensor unfoldClips(const torch::Tensor& y, int64_t k) {
  std::vector<int64_t> shape = y.sizes().vec();
  shape[0] *= k;
  shape[1] /= k;
  return y.view(shape);
}

}  // namespace

int64_t narrowConvFold(const NarrowConv3dImpl& conv, const torch::Tensor& input) {
  const auto& o = conv.options;
  const int64_t channels = o.in_channels();
  if (!narrowConvFolding() || (channels != 4 && channels != 8) || o.groups() != 1) return 1;
#if TORCH_VERSION_MAJOR >= 2  // c10::variant became std::variant
  if (!std::get_if<torch::enumtype::kZeros>(&o.padding_mode())) return 1;
#else
  if (!c10::get_if<torch::enumtype::kZeros>(&o.padding_mode())) return 1;
#endif
  if (!input.device().is_cpu() || input.scalar_type() != torch::kFloat || !input.is_contiguous()) return 1;
  if (!torch::GradMode::is_enabled() || !(input.requires_grad() || conv.weight.requires_grad())) return 1;
  const int64_t k = 16 / channels;
  return input.dim() == 5 && input.size(0) % k == 0 ? k : 1;
}

torch::Tensor NarrowConv3dImpl::forward(const torch::Tensor& input) {
  const int64_t k = narrowConvFold(*this, input);
  if (k == 1) return Conv3dImpl::forward(input);
  const torch::Tensor foldedBias = bias.defined() ? bias.repeat({k}) : torch::Tensor();
  return unfoldClips(torch::nn::functional::detail::conv3d(foldClips(input, k), blockDiagonal(weight, k), foldedBias,
                                                          options.stride(), options.padding(), options.dilation(),
                                                          /*groups=*/1),
                     k);
}

}  // namespace spact::nn
