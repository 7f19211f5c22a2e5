#pragma once
// The `.spact` checkpoint: one safetensors file. Tensors are named
//   networks/<kind>/<state-dict key>, optimizers/<kind>/<key>, state/<key>
// and the header's __metadata__ (a string map) holds
//   format = "spact-checkpoint", format_version = "<n>", software = "SPAct Studio x.y.z",
//   networks = JSON {kind: NetworkSpec as config::toJson writes it, or null}, in the networks'
//   order (format 1 stored {"architecture": ...} here; its specs are inferred from the weights),
//   counters = JSON {name: int},
//   card = JSON model card.
// Later versions read every older format_version; a file from a newer one is refused with a
// sentence saying so. See README.md in this folder for why this container.
#include <string>

#include "nn/io/model_bundle.h"
#include "util/result.h"

namespace spact::nn::io {

inline constexpr const char* kSpactFormatName = "spact-checkpoint";
inline constexpr int kSpactFormatVersion = 2;

// Written atomically (temporary file, fsync, rename).
Status writeSpactCheckpoint(const std::string& path, const ModelBundle& bundle);
Result<ModelBundle> readSpactCheckpoint(const std::string& path);
Result<ModelBundle> readSpactCheckpointBytes(std::string_view bytes, const std::string& source);

}  // namespace spact::nn::io
