#pragma once
// Writes checkpoints Python's torch.load reads (also with weights_only=True): the zip container
// torch.save writes, holding a protocol-2 pickle of a dict whose entries are OrderedDict state
// dicts (tensors rebuilt by torch._utils._rebuild_tensor_v2 from storages in data/<n>) and
// integers. The pickle is written here by hand: it is the same small set of opcodes the reader
// accepts.
#include <string>
#include <utility>
#include <vector>

#include "nn/io/model_bundle.h"

namespace spact::nn::io {

struct TorchCheckpoint {
  std::vector<std::pair<std::string, NamedTensors>> stateDicts;
  std::vector<std::pair<std::string, std::int64_t>> integers;
};

Status writeTorchCheckpoint(const std::string& path, const TorchCheckpoint& checkpoint);
Result<std::string> torchCheckpointBytes(const TorchCheckpoint& checkpoint);

// The official SPAct layout: fa_model_state_dict (anonymizer), ft_model_state_dict (action),
// fb_model_state_dict (privacy; the attribute classifier when there is no privacy branch, as in
// the official evaluation checkpoints), attributes_model_state_dict otherwise, and epoch.
TorchCheckpoint officialLayout(const ModelBundle& bundle);

}  // namespace spact::nn::io
