#pragma once
// Reads any model file SPAct Studio understands into a ModelBundle, choosing the reader from the
// file's contents: a `.spact` checkpoint, a torch.save checkpoint (zip), safetensors (one state
// dict, or several as "<kind>/<key>"), or a TorchScript model (its parameters). The official
// layout maps fa → anonymizer, ft → action, fb → privacy (or the attribute classifier, by its
// head); any other state dict is placed by its keys (classifyStateDict). Specs come from
// nn::inferSpec.
#include <string>

#include "nn/io/model_bundle.h"
#include "nn/io/torch_archive.h"

namespace spact::nn::io {

Result<ModelBundle> importModel(const std::string& path);

// The networks in a torch.save checkpoint's state dicts; `source` names the file in errors.
Result<ModelBundle> bundleFromCheckpoint(const CheckpointContents& contents, const std::string& source);

// Writes `bundle` to `path`, the format chosen by its extension: .spact, .safetensors, or
// .pth/.pt/.ckpt (the official layout). `network` (a kind name, or empty for all) selects one.
Status exportModel(const ModelBundle& bundle, const std::string& path, const std::string& network = {});

}  // namespace spact::nn::io
