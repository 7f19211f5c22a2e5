#pragma once
// State dicts of LibTorch modules, as PyTorch writes and reads them: stateOf() lists parameters
// and buffers (BatchNorm running statistics and num_batches_tracked included) in the order of
// PyTorch's Module.state_dict() -- for each module, its own parameters, then its own buffers,
// then its children in registration order -- and loadState() is load_state_dict(strict=True)
// with errors that name every missing and unexpected key and every shape mismatch.
#include <torch/nn/module.h>
#include <cstdint>
#include <string>

#include "nn/named_tensors.h"
#include "util/result.h"

namespace spact::nn {

// The module's state under its state-dict keys. Tensors are detached views of the module's own
// storage (as state_dict() gives them): copy before changing them.
NamedTensors stateOf(const torch::nn::Module& module);

// Copies `state` into `module`, converting dtype and device. A "module." prefix (DataParallel)
// is stripped from keys first. All or nothing: on any mismatch the module is left unchanged and
// the error, starting with `sourceName`, names the missing and unexpected keys and the shapes.
// A missing num_batches_tracked is zeroed, as PyTorch does for files older than its 0.4.1.
Status loadState(torch::nn::Module& module, const NamedTensors& state, const std::string& sourceName);

// The key without DataParallel's "module." prefix.
std::string stripDataParallelPrefix(const std::string& key);

// Trainable and frozen parameters alike (what PyTorch's sum(p.numel() for p in parameters()) counts).
int64_t parameterCount(const torch::nn::Module& module);

}  // namespace spact::nn
