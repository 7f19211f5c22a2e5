#include "nn/nt_xent.h"

#include <torch/nn/functional/distance.h>
#include <torch/nn/functional/loss.h>
#include <limits>

namespace spact::nn {

torch::Tensor ntXent(const torch::Tensor& z1, const torch::Tensor& z2, const NtXentOptions& options) {
  TORCH_CHECK(z1.dim() == 2 && z1.sizes() == z2.sizes(), "ntXent: z1 and z2 must both be (N, D), got ", z1.sizes(),
              " and ", z2.sizes());
  const int64_t n = z1.size(0);
  const torch::Tensor z = torch::cat({z1, z2}, 0);  // anchor i's positive is (i + n) mod 2n
  torch::Tensor sim;
  if (options.cosineSimilarity) {
    // The same broadcast call as SimCLR's, so that its eps clamping (and gradient) is the same.
    sim = torch::nn::functional::cosine_similarity(z.unsqueeze(1), z.unsqueeze(0),
                                                   torch::nn::functional::CosineSimilarityFuncOptions().dim(-1));
  } else {
    sim = torch::matmul(z, z.t());
  }
  // An anchor is not its own negative: masking the diagonal with -inf drops it from the softmax
  // exactly as SimCLR's gather of positives and negatives does.
  const torch::Tensor self = torch::eye(2 * n, torch::TensorOptions().dtype(torch::kBool).device(z.device()));
  const torch::Tensor logits = (sim / options.temperature).masked_fill(self, -std::numeric_limits<double>::infinity());
  const torch::Tensor index = torch::arange(2 * n, torch::TensorOptions().dtype(torch::kLong).device(z.device()));
  const torch::Tensor targets = torch::remainder(index + n, 2 * n);
  return torch::nn::functional::cross_entropy(logits, targets);
}

}  // namespace spact::nn
