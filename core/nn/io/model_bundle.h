#pragma once
// What a model file holds once read, whatever its format: the networks present, each as a state
// dict (NamedTensors) with its NetworkSpec when it is one SPAct Studio builds, optional optimizer
// states, step counters, extra training state (RNG) and a JSON model card. `.spact` files store exactly
// this (see README.md in this folder); imports fill what their source has.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "nn/io/json.h"
#include "nn/named_tensors.h"
#include "nn/network_spec.h"
#include "util/result.h"

namespace spact::nn::io {

struct NetworkWeights {
  NetworkKind kind = NetworkKind::Anonymizer;
  // From nn::inferSpec at import (stored in .spact). nullopt: the weights are of this kind by
  // their keys but fit no network SPAct Studio builds (e.g. the official privacy head at
  // `fc.0`/`fc.2`); they are kept and exported, but cannot be run.
  std::optional<NetworkSpec> spec;
  NamedTensors tensors;
};

struct ModelBundle {
  std::vector<NetworkWeights> networks;
  std::vector<std::pair<std::string, NamedTensors>> optimizers;  // by network kind name
  std::vector<std::pair<std::string, std::int64_t>> counters;    // "epoch", "step", ...
  NamedTensors state;                                            // e.g. RNG state, as byte tensors
  // architecture per network, input_resolution, class_names, attribute_names,
  // training_data_fingerprint, metrics, software_version, source
  config::Json card = config::Json::object();

  const NetworkWeights* network(NetworkKind kind) const;
  NetworkWeights* network(NetworkKind kind);
};

std::int64_t parameterCount(const NamedTensors& tensors);  // elements of floating-point tensors

}  // namespace spact::nn::io
