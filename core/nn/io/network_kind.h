#pragma once
// Which SPAct network a state dict belongs to, and its shape parameters, read from its keys and
// tensor shapes alone: the UNet by `inc.double_conv`, R3D-18 / R(2+1)D-18 by a 5-D stem, the
// ResNets by a 4-D conv1 (a bare `fc` head makes it the attribute classifier, any other head the
// privacy branch's projection). The networks' own spec inference, when it is there, refines this;
// this function is what import, export and `spact info` need without building a network.
#include <optional>

#include "nn/io/model_bundle.h"

namespace spact::nn::io {

struct ArchitectureGuess {
  std::optional<NetworkRole> role;             // nullopt: no SPAct network has these keys
  config::Json spec = config::Json::object();  // {"architecture": ..., shape parameters}
};

ArchitectureGuess inferArchitecture(const NamedTensors& tensors);

// Removes DataParallel's "module." prefix from every key that has it.
NamedTensors stripModulePrefix(NamedTensors tensors);

}  // namespace spact::nn::io
