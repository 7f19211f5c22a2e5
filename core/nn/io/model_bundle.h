#pragma once
// What a model file holds once read, whatever its format: the networks present, each as a state
// dict (NamedTensors) with a JSON description of its architecture, optional optimizer states,
// step counters, extra training state (RNG) and a JSON model card. `.spact` files store exactly
// this (see README.md in this folder); imports fill what their source has.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nn/io/json.h"
#include "nn/named_tensors.h"
#include "util/result.h"

namespace spact::nn::io {

enum class NetworkRole { Anonymizer, Action, Privacy, Attributes };
inline constexpr NetworkRole kAllRoles[] = {NetworkRole::Anonymizer, NetworkRole::Action, NetworkRole::Privacy,
                                            NetworkRole::Attributes};

const char* roleName(NetworkRole role);  // "anonymizer", "action", "privacy", "attributes"
std::optional<NetworkRole> parseRole(std::string_view name);

struct NetworkWeights {
  NetworkRole role = NetworkRole::Anonymizer;
  config::Json spec =
      config::Json::object();  // architecture and its parameters, e.g. {"architecture":"unet","width":64}
  NamedTensors tensors;
};

struct ModelBundle {
  std::vector<NetworkWeights> networks;
  std::vector<std::pair<std::string, NamedTensors>> optimizers;  // by network role name
  std::vector<std::pair<std::string, std::int64_t>> counters;    // "epoch", "step", ...
  NamedTensors state;                                            // e.g. RNG state, as byte tensors
  // architecture per network, input_resolution, class_names, attribute_names,
  // training_data_fingerprint, metrics, software_version, source
  config::Json card = config::Json::object();

  const NetworkWeights* network(NetworkRole role) const;
  NetworkWeights* network(NetworkRole role);
};

std::int64_t parameterCount(const NamedTensors& tensors);  // elements of floating-point tensors

}  // namespace spact::nn::io
