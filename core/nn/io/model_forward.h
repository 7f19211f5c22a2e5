#pragma once
// One network of a model file run once on a tensor file, in eval mode: how a researcher checks an
// import against PyTorch (`spact model forward`). Torch-free interface, like model_files.h.
// Not in sources.cmake: it builds networks (core/nn/networks.h), which the fuzz target does not.
#include <string>

#include "nn/io/json.h"
#include "util/result.h"

namespace spact::nn::io {

// Imports `weights` (any format importModel reads), builds its `network` ("anonymizer",
// "action", "privacy", "attributes") from the stored spec, loads the weights, and runs it on the
// input tensor of `input` (a safetensors file holding one tensor, or one named "input"); writes
// {"output": result} to `output` atomically. Returns {"path", "network", "spec", "input",
// "output"} (shapes). Errors name the file and, for a bad input, the shape the network expects.
Result<config::Json> forwardModelFile(const std::string& weights, const std::string& network, const std::string& input,
                                      const std::string& output);

}  // namespace spact::nn::io
