#pragma once
// Reads files written by torch.save (the zip container: <archive>/data.pkl, <archive>/data/<key>,
// <archive>/version) through the restricted pickle reader, and finds the state dicts inside:
// a bare state dict (dict or OrderedDict), or a checkpoint dict holding several (the official
// SPAct layout `fa_model_state_dict` / `ft_model_state_dict` / `fb_model_state_dict`, `epoch`,
// optimizer entries), with DataParallel's `module.` prefixes removed.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nn/io/pickle.h"
#include "nn/named_tensors.h"

namespace spact::nn::io {

Result<PickleDocument> readTorchFile(const std::string& path);
// The same from bytes in memory; `source` names them in errors.
Result<PickleDocument> readTorchBytes(std::string_view bytes, const std::string& source);

struct FoundStateDict {
  std::string path;  // where in the file: "" for the root, "fa_model_state_dict", "checkpoint.state_dict"
  NamedTensors tensors;
};

struct CheckpointContents {
  std::vector<FoundStateDict> stateDicts;
  std::vector<std::pair<std::string, std::int64_t>> counters;  // integer entries of the root dict: epoch, ...
};

// Every dict of tensors (string keys, tensor values; other entries of it ignored only when it
// has tensors) reachable from the root through dicts, outermost first. Optimizer states are not
// state dicts (their tensors sit under integer keys) and are skipped.
Result<CheckpointContents> findStateDicts(const PickleDocument& doc, const std::string& source);

}  // namespace spact::nn::io
