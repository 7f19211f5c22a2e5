#pragma once
// Model files for callers without Torch (the CLI, the GUI's adapters): import any supported
// file into a `.spact` checkpoint, export one to safetensors or a torch.load-able `.pth`, and
// describe one as JSON. No Torch type appears here.
#include <string>

#include "nn/io/json.h"
#include "util/result.h"

namespace spact::nn::io {

// True when `path` looks like a model file (by its contents; missing files by their extension).
bool isModelFile(const std::string& path);

// Reads `source` (any supported format) and writes `destination` as a `.spact` checkpoint.
// Returns the description of what was written.
Result<config::Json> importModelFile(const std::string& source, const std::string& destination);

// Reads `source` and writes `destination` in the format its extension names (.safetensors,
// .pth/.pt/.ckpt, .spact); `network` selects one network (empty: all).
Result<config::Json> exportModelFile(const std::string& source, const std::string& destination,
                                     const std::string& network = {});

// {"path", "format", "networks": [{"role", "spec", "parameters", "tensors", "dtypes"}], "counters",
//  "card"}; TorchScript models add "scripted": true.
Result<config::Json> describeModelFile(const std::string& path);

// The input resolution a model was trained at: its card's input_resolution, read from the
// header of a `.spact` checkpoint only (no tensors, cheap enough for a UI thread). 0 when the
// file does not say (other formats carry no card) or cannot be read: loading it reports why.
int trainedResolution(const std::string& path);

}  // namespace spact::nn::io
