#pragma once
// The NetworkSpec a state dict was made for, from its tensor shapes alone: what import uses to
// describe weights and what `spact model forward` builds. C++17, no network is built (the io
// code and its fuzz target use it).
#include <string>

#include "nn/named_tensors.h"
#include "nn/network_spec.h"
#include "util/result.h"

namespace spact::nn {

// The spec that weights `state` were made for: architecture and width from the tensor shapes
// (UNet width and channels from inc and outc, classes and attributes from fc, the head from
// fc1/fc2, ResNet-18 or -50 from the blocks, the stem from its first kernel: 3 wide is the
// small stem, anything else torchvision's). R3D-18 and SPAct's variant have the same shapes:
// action weights without R(2+1)D's stem are taken as the paper's r3d18_spact. "module."
// prefixes are ignored. `sourceName` starts the error messages.
Result<NetworkSpec> inferSpec(NetworkKind kind, const NamedTensors& state, const std::string& sourceName);

}  // namespace spact::nn
