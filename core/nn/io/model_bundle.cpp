#include "nn/io/model_bundle.h"

namespace spact::nn::io {

const char* roleName(NetworkRole role) {
  switch (role) {
    case NetworkRole::Anonymizer:
      return "anonymizer";
    case NetworkRole::Action:
      return "action";
    case NetworkRole::Privacy:
      return "privacy";
    case NetworkRole::Attributes:
      return "attributes";
  }
  return "network";
}

std::optional<NetworkRole> parseRole(std::string_view name) {
  for (NetworkRole role : kAllRoles)
    if (name == roleName(role)) return role;
  return std::nullopt;
}

const NetworkWeights* ModelBundle::network(NetworkRole role) const {
  for (const auto& n : networks)
    if (n.role == role) return &n;
  return nullptr;
}

NetworkWeights* ModelBundle::network(NetworkRole role) {
  for (auto& n : networks)
    if (n.role == role) return &n;
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
