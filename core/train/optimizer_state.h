#pragma once
// Adam's per-parameter state as named tensors, so that it travels in a .spact checkpoint and a
// resumed run continues with the same moments and step counts. Keys: "<i>.step",
// "<i>.exp_avg", "<i>.exp_avg_sq" for the i-th parameter of the optimizer's (single) group;
// parameters Adam has not stepped yet have no entries.
#include <torch/optim/adam.h>
#include <torch/version.h>

#include "nn/named_tensors.h"
#include "util/result.h"

namespace spact::train {

// The key LibTorch's optimizers file a parameter's state under.
#if TORCH_VERSION_MAJOR >= 2
using AdamStateKey = void*;
#else
using AdamStateKey = std::string;
#endif
AdamStateKey adamStateKey(const torch::Tensor& param);

nn::NamedTensors adamState(const torch::optim::Adam& optimizer);

// All or nothing: a key for a parameter that does not exist, or a moment whose shape differs
// from its parameter, is an error naming `source` and leaves the optimizer unchanged.
Status loadAdamState(torch::optim::Adam& optimizer, const nn::NamedTensors& state, const std::string& source);

}  // namespace spact::train
