#pragma once
// Which SPAct network a bare state dict is, from its keys and tensor ranks alone: the UNet by
// `inc.double_conv`, R3D-18 / R(2+1)D-18 by a 5-D stem, the ResNets by a 4-D conv1 (a bare `fc`
// head makes it the attribute classifier, any other head, or none, the privacy branch). Only the
// kind: its NetworkSpec comes from nn::inferSpec (model_import.cpp, addNetwork).
#include <optional>

#include "nn/named_tensors.h"
#include "nn/network_spec.h"

namespace spact::nn::io {

// nullopt: no SPAct network has these keys.
std::optional<NetworkKind> classifyStateDict(const NamedTensors& tensors);

// Removes DataParallel's "module." prefix from every key that has it.
NamedTensors stripModulePrefix(NamedTensors tensors);

}  // namespace spact::nn::io
