#include "nn/io/model_bundle.h"

namespace spact::nn::io {

const NetworkWeights* ModelBundle::network(NetworkKind kind) const {
  for (const auto& n : networks)
    if (n.kind == kind) return &n;
  return nullptr;
}

NetworkWeights* ModelBundle::network(NetworkKind kind) {
  for (auto& n : networks)
    if (n.kind == kind) return &n;
  return nullptr;
}

std::int64_t parameterCount(const NamedTensors& tensors) {
  std::int64_t count = 0;
  for (const auto& [key, tensor] : tensors)
    if (tensor.defined() && tensor.is_floating_point() &&
        key.find("running_") == std::string::npos)  // BatchNorm statistics are buffers, not parameters
      count += tensor.numel();
  return count;
}

}  // namespace spact::nn::io
