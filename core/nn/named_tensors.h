#pragma once
// A state dict as PyTorch writes it: parameter and buffer names (the checkpoint keys, in order)
// with their tensors. The common currency of the networks (core/nn) and the weight readers and
// writers (core/nn/io).
#include <optional>
#include <string>
#include <torch/types.h>
#include <utility>
#include <vector>

namespace spact::nn {

using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;

inline std::optional<torch::Tensor> find(const NamedTensors& tensors, const std::string& name) {
  for (const auto& [key, value] : tensors)
    if (key == name) return value;
  return std::nullopt;
}

}  // namespace spact::nn
