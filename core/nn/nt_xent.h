#pragma once
// NT-Xent, the normalised temperature-scaled cross-entropy of SimCLR (Chen et al. 2020), the
// privacy loss L_B of SPAct (Eq. 3 there; temperature 0.1). For a batch of N pairs (z1[i],
// z2[i]) the 2N embeddings are compared all against all; each one's positive is its pair, the
// other 2N-2 are its negatives, and the loss is the mean cross-entropy over all 2N anchors.
// Equal in value and gradient to the SimCLR implementation SPAct imports (NTXentLoss of
// nt_xent_original.py), which SPAct runs with dot-product similarity on f_B's unit-norm outputs.
#include <torch/types.h>

namespace spact::nn {

struct NtXentOptions {
  double temperature = 0.1;
  // false: dot product (SPAct: the embeddings are already L2-normalised by the projection head);
  // true: cosine similarity of the raw vectors (SimCLR's use_cosine_similarity).
  bool cosineSimilarity = false;
};

// z1, z2: (N, D), N >= 2. Returns a scalar.
torch::Tensor ntXent(const torch::Tensor& z1, const torch::Tensor& z2, const NtXentOptions& options = {});

}  // namespace spact::nn
